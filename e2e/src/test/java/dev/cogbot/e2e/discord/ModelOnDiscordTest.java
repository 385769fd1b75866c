package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.MODERATOR_ROLE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.api.Channel;
import dev.cogbot.api.ChannelKind;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Reaction;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.discordfake.RouteMatcher;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The api's model — sent messages, edits, embeds, replies, mentions, reactions, the server with its
 * roles, channels and members — on the real JDA transport against a local Discord, through a cog
 * that keeps the message that invoked it.
 */
class ModelOnDiscordTest {

    /** When bob joined the server in {@link #startWithBobJoined}. */
    private static final Instant BOB_JOINED = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path home;

    private DiscordSession bot;
    private final ProbeCog probe = new ProbeCog();

    @AfterEach
    void disconnect() {
        if (bot != null) {
            List<Recorded.RestCall> unknown = bot.discord().unknownRequests();
            bot.close();
            assertThat(unknown).as("requests the local Discord does not serve").isEmpty();
        }
    }

    private void start() {
        bot = new DiscordSession(home);
        bot.app().runtime().install("probe", List.of(probe));
    }

    private void startWithBobJoined() {
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        List<FakeMember> members = guild.members().stream()
                .map(m -> m.userId() == BOB_ID ? m.joinedAt(BOB_JOINED) : m).toList();
        FakeGuild withBob = new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(), guild.channels(), members);
        bot = DiscordSession.on(home, defaults.toBuilder().guild(withBob).build(), Map.of());
        bot.app().runtime().install("probe", List.of(probe));
    }

    /** A thread in #general, in {@link #startWithAThread}. */
    private static final long THREAD_ID = 1_300_000_000_000_001_050L;

    private void startWithAThread() {
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        List<FakeChannel> channels = new ArrayList<>(guild.channels());
        channels.add(FakeChannel.thread(THREAD_ID, "lunch-plans", GENERAL_ID));
        FakeGuild withThread = new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(), channels, guild.members());
        bot = DiscordSession.on(home, defaults.toBuilder().guild(withThread).build(), Map.of());
        bot.app().runtime().install("probe", List.of(probe));
    }

    /** {@code userId} says {@code !probe text} in #general; the message as the cog got it. */
    private Message probeBy(long userId, String text) {
        bot.says(userId, GENERAL_ID, ("!probe " + text).strip());
        return probe.last();
    }

    @Test
    void sendReturnsAMessageThatCanBeEditedAndThenDeleted() {
        start();
        Channel general = probeBy(ALICE_ID, "").channel();

        Message sent = general.send("Counting…");
        Message edited = sent.edit("Counted: 5");
        edited.delete();

        assertThat(edited.id()).isEqualTo(sent.id());
        assertThat(edited.content()).isEqualTo("Counted: 5");
        assertThat(bot.newLines()).containsExactly(
                "cogbot: Counting…", "cogbot edited " + sent.id() + ": Counted: 5", "cogbot deleted " + sent.id());
        assertThat(bot.discord().messagesIn(GENERAL_ID)).noneMatch(m -> Long.toString(m.id()).equals(sent.id()));
        assertThat(general.fetchMessage(sent.id())).isEmpty();
    }

    @Test
    void anEmbedArrivesWithItsFieldsAndReadsBackTheSame() {
        start();
        Channel general = probeBy(ALICE_ID, "").channel();
        Embed results = Embed.builder()
                .title("Lunch?")
                .description("Pizza wins.")
                .field("🍕 Pizza", "5 votes", true)
                .field("🥗 Salad", "2 votes", true)
                .colour(0x5865F2)
                .footer("Poll by alice")
                .image("https://example.com/pizza.png")
                .timestamp(Instant.parse("2026-12-03T12:00:00Z"))
                .build();

        Message sent = general.send(results);

        JsonNode embed = lastSent().embedsJson().get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Lunch?");
        assertThat(embed.path("fields")).hasSize(2);
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("🍕 Pizza");
        assertThat(embed.path("fields").get(0).path("value").asText()).isEqualTo("5 votes");
        assertThat(embed.path("color").asInt()).isEqualTo(0x5865F2);
        assertThat(sent.embeds()).containsExactly(results);
        assertThat(general.fetchMessage(sent.id()).orElseThrow().embeds()).containsExactly(results);
    }

    @Test
    void editingTextKeepsTheEmbeds() {
        start();
        Channel general = probeBy(ALICE_ID, "").channel();
        Embed card = Embed.builder().title("Score").description("41").build();
        Message sent = general.send(Draft.of("Counting").with(card));

        sent.edit("Counted");

        assertThat(general.fetchMessage(sent.id()).orElseThrow()).satisfies(m -> {
            assertThat(m.content()).isEqualTo("Counted");
            assertThat(m.embeds()).containsExactly(card);
        });
    }

    @Test
    void aReplyCarriesItsReferenceAndKnowsWhatItRepliesTo() {
        start();
        Message question = probeBy(ALICE_ID, "what time is it?");

        Message answer = question.reply("Lunch time.");

        assertThat(lastSent().replyToMessageId()).isEqualTo(Long.parseLong(question.id()));
        assertThat(answer.referencedMessage()).hasValueSatisfying(m -> {
            assertThat(m.id()).isEqualTo(question.id());
            assertThat(m.content()).isEqualTo("!probe what time is it?");
        });
    }

    @Test
    void aUsersReplyToTheBotKnowsWhatItRepliesTo() {
        start();
        Message sent = probeBy(ALICE_ID, "").channel().send("Knock knock!");

        long reply = bot.discord().userReplies(BOB_ID, GENERAL_ID, Long.parseLong(sent.id()), "!probe who's there?");
        bot.says(BOB_ID, GENERAL_ID, "!probe"); // a later message: the reply has surely been handled
        Message replyAsSeen = probe.last().channel().fetchMessage(Long.toString(reply)).orElseThrow();

        assertThat(replyAsSeen.referencedMessage()).hasValueSatisfying(m -> {
            assertThat(m.id()).isEqualTo(sent.id());
            assertThat(m.author().id()).isEqualTo(Long.toString(BOT_ID));
            assertThat(m.content()).isEqualTo("Knock knock!");
        });
    }

    @Test
    void aLongReplyWithAnEmbedQuotesOnItsFirstPartAndCarriesTheEmbedOnItsLast() {
        start();
        Message question = probeBy(ALICE_ID, "tell me everything");
        Embed summary = Embed.builder().title("Summary").build();
        String longText = ("line of text\n").repeat(200); // 2600 characters: two messages
        int mark = bot.discord().mark();

        Message last = question.channel().send(Draft.of(longText).with(summary).replyingTo(question));

        List<Recorded.MessageSent> parts = sentSince(mark);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).replyToMessageId()).isEqualTo(Long.parseLong(question.id()));
        assertThat(parts.get(0).embedsJson()).isEmpty();
        assertThat(parts.get(1).replyToMessageId()).isZero();
        assertThat(parts.get(1).embedsJson()).hasSize(1);
        assertThat(last.id()).isEqualTo(Long.toString(parts.get(1).messageId()));
        assertThat(last.embeds()).containsExactly(summary);
    }

    @Test
    void userAndRoleMentionsAreRead() {
        start();
        Message said = probeBy(ALICE_ID, "<@" + BOB_ID + "> and <@&" + MODERATOR_ROLE_ID + ">, look");

        assertThat(said.mentions()).extracting(User::id).containsExactly(Long.toString(BOB_ID));
        assertThat(said.roleMentions()).extracting(Role::name).containsExactly("Moderator");
        assertThat(said.mentionsEveryone()).isFalse();
    }

    @Test
    void theOwnersEveryoneMentionsEveryone() {
        start();
        assertThat(probeBy(ALICE_ID, "@everyone lunch").mentionsEveryone()).isTrue();
    }

    @Test
    void aPlainMembersEveryoneMentionsNobody() {
        start();
        assertThat(probeBy(BOB_ID, "@everyone lunch").mentionsEveryone()).isFalse();
    }

    @Test
    void reactionsAreCountedAndTheirUsersFetched() {
        start();
        Message poll = probeBy(ALICE_ID, "").channel().send("Lunch at noon?");
        long pollId = Long.parseLong(poll.id());
        poll.addReaction("👍");
        bot.discord().userReacts(ALICE_ID, GENERAL_ID, pollId, "👍");
        bot.discord().userReacts(BOB_ID, GENERAL_ID, pollId, "👍");
        bot.discord().userReacts(BOB_ID, GENERAL_ID, pollId, "👎");

        Message seen = poll.channel().fetchMessage(poll.id()).orElseThrow();

        assertThat(seen.reactions()).containsExactly(new Reaction("👍", 3, true), new Reaction("👎", 1, false));
        assertThat(seen.reactors("👍")).extracting(User::id)
                .containsExactlyInAnyOrder(Long.toString(BOT_ID), Long.toString(ALICE_ID), Long.toString(BOB_ID));
        assertThat(seen.reactors("👎")).extracting(User::name).containsExactly("bob");
        assertThat(seen.reactors("🍕")).isEmpty();
    }

    @Test
    void theServerKnowsItsOwnerRolesAndChannels() {
        start();
        Message said = probeBy(ALICE_ID, "");
        Guild guild = said.guild().orElseThrow();

        assertThat(guild.id()).isEqualTo(Long.toString(GUILD_ID));
        assertThat(guild.ownerId()).isEqualTo(Long.toString(ALICE_ID));
        assertThat(guild.isOwnedBy(said.author())).isTrue();
        assertThat(guild.roles()).extracting(Role::name).containsExactly("@everyone", "Moderator", "cogbot");
        assertThat(guild.channels()).extracting(Channel::name).containsExactly("general", "random");
        assertThat(guild.channels()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChannelKind.TEXT));
        assertThat(said.channel().mention()).isEqualTo("<#" + GENERAL_ID + ">");
    }

    @Test
    void aThreadIsAThreadOfTheServer() {
        startWithAThread();
        bot.says(ALICE_ID, THREAD_ID, "!probe");
        Channel thread = probe.last().channel();

        assertThat(thread.kind()).isEqualTo(ChannelKind.THREAD);
        assertThat(thread.name()).isEqualTo("lunch-plans");
        assertThat(thread.guild()).map(Guild::id).contains(Long.toString(GUILD_ID));
        assertThat(thread.guild().orElseThrow().channels()).extracting(Channel::name, Channel::kind).containsExactly(
                tuple("general", ChannelKind.TEXT),
                tuple("random", ChannelKind.TEXT),
                tuple("lunch-plans", ChannelKind.THREAD));
        assertThat(thread.send("In the thread").channel().kind()).isEqualTo(ChannelKind.THREAD);
        assertThat(bot.discord().messagesSentIn(THREAD_ID)).containsExactly("In the thread");
    }

    @Test
    void aDmIsInNoServerAndItsAuthorIsNoMember() {
        start();
        bot.saysInDm(BOB_ID, "!probe");
        Message said = probe.last();

        assertThat(said.channel().kind()).isEqualTo(ChannelKind.DM);
        assertThat(said.guild()).isEmpty();
        assertThat(said.member()).isEmpty();
        assertThat(said.reply("Hi bob").referencedMessage()).map(Message::id).contains(said.id());
    }

    @Test
    void aMemberIsLookedUpWithRolesAndJoinedDate() {
        startWithBobJoined();
        Guild guild = probeBy(ALICE_ID, "").guild().orElseThrow();

        Member bob = guild.member(Long.toString(BOB_ID)).orElseThrow();
        Member alice = guild.member(Long.toString(ALICE_ID)).orElseThrow();

        assertThat(bob.displayName()).isEqualTo("bob");
        assertThat(bob.roles()).isEmpty();
        assertThat(bob.joinedAt()).contains(BOB_JOINED);
        assertThat(bob.guild()).isEqualTo(guild);
        assertThat(alice.roles()).extracting(Role::name).containsExactly("Moderator");
        assertThat(alice.hasAnyRole("moderator")).isTrue();
        assertThat(guild.member("1300000000000000999")).isEmpty();
        assertThat(guild.member("bob")).isEmpty();
        assertThat(guild.member("10")).isEmpty();
    }

    @Test
    void theAuthorIsAMemberWithRoles() {
        start();
        Member alice = probeBy(ALICE_ID, "").member().orElseThrow();

        assertThat(alice.roles()).extracting(Role::id).containsExactly(Long.toString(MODERATOR_ROLE_ID));
        assertThat(alice.joinedAt()).contains(FakeMember.DEFAULT_JOINED_AT);
    }

    @Test
    void aFetchedMessageKnowsItsAuthorAsAMember() {
        start();
        Channel general = probeBy(ALICE_ID, "").channel();
        long said = bot.discord().userSays(ALICE_ID, GENERAL_ID, "hello");

        Message fetched = general.fetchMessage(Long.toString(said)).orElseThrow();

        assertThat(fetched.member()).hasValueSatisfying(alice ->
                assertThat(alice.roles()).extracting(Role::name).containsExactly("Moderator"));
    }

    @Test
    void editingSomeoneElsesMessageFailsSayingWhy() {
        start();
        Message said = probeBy(BOB_ID, "");

        assertThatThrownBy(() -> said.edit("not yours"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot edit message " + said.id() + " in #general: the bot can edit only its own messages");
    }

    @Test
    void deletingAMessageTwiceFailsTheSecondTimeSayingItIsGone() {
        start();
        Message sent = probeBy(ALICE_ID, "").channel().send("soon gone");
        sent.delete();

        assertThatThrownBy(sent::delete)
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageStartingWith("cannot delete message " + sent.id() + " in #general: Discord has no such message");
    }

    @Test
    void deletingWithoutThePermissionFailsSayingWhatIsMissing() {
        start();
        Message said = probeBy(BOB_ID, "");
        bot.discord().failNextWith(RouteMatcher.route("DELETE", "channels/{channel_id}/messages/{message_id}"),
                403, 50013, "Missing Permissions");

        assertThatThrownBy(said::delete)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot delete message " + said.id() + " in #general: the bot lacks a permission there"
                        + " (Manage Messages to touch others' messages)");
    }

    @Test
    void aMessageThatDoesNotExistIsNotFetched() {
        start();
        Channel general = probeBy(ALICE_ID, "").channel();

        assertThat(general.fetchMessage("1300000000000009999")).isEmpty();
    }

    @Test
    void usersAndChannelsAreLookedUpById() {
        start();
        probeBy(ALICE_ID, "");

        assertThat(bot.transport().user(Long.toString(BOB_ID))).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("bob"));
        assertThat(bot.transport().user("1300000000000000999")).isEmpty();
        assertThat(bot.transport().channel(Long.toString(GENERAL_ID))).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("general");
            assertThat(c.kind()).isEqualTo(ChannelKind.TEXT);
            assertThat(c.guild().ownerId()).isEqualTo(Long.toString(ALICE_ID));
        });
        assertThat(bot.transport().channel("general")).isEmpty();
    }

    private Recorded.MessageSent lastSent() {
        List<Recorded.MessageSent> sent = sentSince(0);
        return sent.getLast();
    }

    private List<Recorded.MessageSent> sentSince(int mark) {
        List<Recorded> recorded = bot.discord().recorded();
        return recorded.subList(mark, recorded.size()).stream()
                .filter(Recorded.MessageSent.class::isInstance).map(Recorded.MessageSent.class::cast).toList();
    }
}
