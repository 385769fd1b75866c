package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.RANDOM_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One fake and one logged-in JDA for all tests here; each test uses its own message contents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdaMessagingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private FakeDiscord fake;
    private JDA jda;
    private final EventLog events = new EventLog();

    @BeforeAll
    void login() {
        fake = FakeDiscord.start();
        jda = Jda.login(fake, events, new PingPong());
    }

    @AfterAll
    void logout() {
        Jda.shutdown(jda);
        fake.close();
    }

    @Test
    void aUserMessageReachesTheListenerWithItsContentAndTheReplyIsRecorded() {
        long id = fake.userSays(ALICE_ID, GENERAL_ID, "!ping");

        MessageReceivedEvent received = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == id));
        Message message = received.getMessage();
        assertThat(message.getContentRaw()).isEqualTo("!ping");
        assertThat(message.getAuthor().getIdLong()).isEqualTo(ALICE_ID);
        assertThat(message.getAuthor().getName()).isEqualTo("alice");
        assertThat(received.getMember()).isNotNull();
        assertThat(received.getMember().getRoles()).extracting(r -> r.getName()).containsExactly("Moderator");
        assertThat(received.getGuild().getIdLong()).isEqualTo(GUILD_ID);
        assertThat(received.getChannel().getName()).isEqualTo("general");
        assertThat(message.getTimeCreated()).isNotNull();

        Recorded.MessageSent pong = fake.await(Recorded.MessageSent.class,
                m -> m.channelId() == GENERAL_ID && m.content().equals("pong") && m.messageId() > id, TIMEOUT);
        assertThat(fake.messagesSentIn(GENERAL_ID)).contains("pong");
        // Discord echoes the bot's own message on the gateway; JDA sees it as from itself
        MessageReceivedEvent echo = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == pong.messageId()));
        assertThat(echo.getAuthor().getIdLong()).isEqualTo(BOT_ID);
        assertThat(fake.messagesIn(GENERAL_ID)).extracting(FakeMessage::id).contains(id, pong.messageId());
    }

    @Test
    void theBotsReactionsAreRecordedAndEchoed() {
        TextChannel random = jda.getTextChannelById(RANDOM_ID);
        Message message = Jda.get(random.sendMessage("react to me").submit());

        Jda.get(message.addReaction(Emoji.fromUnicode("👍")).submit());
        assertThat(fake.reactions()).contains(new FakeReaction(RANDOM_ID, message.getIdLong(), "👍", BOT_ID));
        MessageReactionAddEvent added = Jda.get(events.first(MessageReactionAddEvent.class,
                e -> e.getMessageIdLong() == message.getIdLong()));
        assertThat(added.getEmoji().getName()).isEqualTo("👍");
        assertThat(added.getUserIdLong()).isEqualTo(BOT_ID);

        Jda.get(message.removeReaction(Emoji.fromUnicode("👍")).submit());
        assertThat(fake.reactions()).noneMatch(r -> r.messageId() == message.getIdLong());
        Jda.get(events.first(MessageReactionRemoveEvent.class, e -> e.getMessageIdLong() == message.getIdLong()));
        assertThat(fake.recorded()).filteredOn(Recorded.ReactionChange.class::isInstance)
                .map(Recorded.ReactionChange.class::cast)
                .filteredOn(r -> r.messageId() == message.getIdLong())
                .extracting(Recorded.ReactionChange::added).containsExactly(true, false);
    }

    @Test
    void aUsersReactionReachesJda() {
        long id = fake.userSays(BOB_ID, RANDOM_ID, "I will react to this myself");

        fake.userReacts(BOB_ID, RANDOM_ID, id, "🎉");

        MessageReactionAddEvent added = Jda.get(events.first(MessageReactionAddEvent.class,
                e -> e.getMessageIdLong() == id));
        assertThat(added.getUserIdLong()).isEqualTo(BOB_ID);
        assertThat(added.getEmoji()).isEqualTo(Emoji.fromUnicode("🎉"));
    }

    @Test
    void typingIsRecorded() {
        int before = fake.typingCount(GENERAL_ID);

        Jda.get(jda.getTextChannelById(GENERAL_ID).sendTyping().submit());

        assertThat(fake.typingCount(GENERAL_ID)).isEqualTo(before + 1);
    }

    @Test
    void presenceUpdatesAreRecorded() {
        jda.getPresence().setActivity(Activity.playing("Jokes told: 2"));

        // JDA sends op 3 from its gateway thread: wait for it
        fake.await(Recorded.PresenceUpdate.class, p -> "Jokes told: 2".equals(p.presence().activityName()), TIMEOUT);
        assertThat(fake.lastPresence()).hasValueSatisfying(p -> {
            assertThat(p.activityName()).isEqualTo("Jokes told: 2");
            assertThat(p.activities().getFirst().type()).isZero();
            assertThat(p.status()).isEqualTo("online");
        });
    }

    @Test
    void aDirectMessageReachesJdaAndTheReplyGoesBackToTheDm() {
        long id = fake.userSaysInDm(BOB_ID, "!ping");

        MessageReceivedEvent received = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == id));
        assertThat(received.isFromType(ChannelType.PRIVATE)).isTrue();
        assertThat(received.getAuthor().getName()).isEqualTo("bob");
        long dm = fake.dmChannelOf(BOB_ID).orElseThrow();
        fake.await(Recorded.MessageSent.class, m -> m.channelId() == dm, TIMEOUT);
        assertThat(fake.messagesSentIn(dm)).containsExactly("pong");
    }

    @Test
    void theBotCanOpenADmAndWriteFirst() {
        PrivateChannel dm = Jda.get(jda.openPrivateChannelById(ALICE_ID).submit());
        Jda.get(dm.sendMessage("hello alice").submit());

        assertThat(fake.dmChannelOf(ALICE_ID)).hasValue(dm.getIdLong());
        assertThat(fake.messagesSentIn(dm.getIdLong())).containsExactly("hello alice");
    }

    @Test
    void jdaCanFetchAChannelAndAMessage() {
        long id = fake.userSays(ALICE_ID, RANDOM_ID, "fetch me");

        Message fetched = Jda.get(jda.getTextChannelById(RANDOM_ID).retrieveMessageById(id).submit());

        assertThat(fetched.getContentRaw()).isEqualTo("fetch me");
        assertThat(fetched.getAuthor().getIdLong()).isEqualTo(ALICE_ID);
        assertThat(fake.unknownRequests()).isEmpty();
    }

    @Test
    void editsAndDeletesReachTheFake() {
        Message sent = Jda.get(jda.getTextChannelById(RANDOM_ID).sendMessage("first draft").submit());

        Message edited = Jda.get(sent.editMessage("second draft").submit());
        assertThat(edited.getContentRaw()).isEqualTo("second draft");
        assertThat(fake.messagesIn(RANDOM_ID)).filteredOn(m -> m.id() == sent.getIdLong())
                .singleElement().satisfies(m -> assertThat(m.content()).isEqualTo("second draft"));

        Jda.get(sent.delete().submit());
        assertThat(fake.messagesIn(RANDOM_ID)).noneMatch(m -> m.id() == sent.getIdLong());
        assertThat(fake.messagesSentIn(RANDOM_ID)).contains("first draft");
    }

    @Test
    void theAllowedMentionsOfASentMessageAreRecordedAndDecideWhetherItPingedEveryone() {
        TextChannel general = jda.getTextChannelById(GENERAL_ID);
        general.sendMessage("@everyone users only").setAllowedMentions(EnumSet.of(Message.MentionType.USER)).complete();
        general.sendMessage("@everyone everyone").setAllowedMentions(EnumSet.of(Message.MentionType.EVERYONE)).complete();

        Recorded.MessageSent usersOnly = fake.await(Recorded.MessageSent.class,
                m -> m.content().equals("@everyone users only"), TIMEOUT);
        Recorded.MessageSent everyone = fake.await(Recorded.MessageSent.class,
                m -> m.content().equals("@everyone everyone"), TIMEOUT);
        assertThat(usersOnly.allowedMentionsJson().path("parse").toString()).isEqualTo("[\"users\"]");
        assertThat(usersOnly.pingedEveryone()).isFalse();
        assertThat(everyone.pingedEveryone()).isTrue();
    }
}
