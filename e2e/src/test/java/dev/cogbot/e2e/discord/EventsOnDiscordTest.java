package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Listen;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.event.GuildJoined;
import dev.cogbot.api.event.GuildLeft;
import dev.cogbot.api.event.MemberJoined;
import dev.cogbot.api.event.MemberLeft;
import dev.cogbot.api.event.MessageDeleted;
import dev.cogbot.api.event.MessageEdited;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.api.event.ReactionAdded;
import dev.cogbot.api.event.ReactionRemoved;
import dev.cogbot.api.event.Resumed;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.e2e.lifecycle.TestPlugins;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.TransportEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every event reaches a cog's listener through the real JDA transport, from a local Discord that
 * sends what Discord sends: alice is a Moderator, bob a plain member.
 */
class EventsOnDiscordTest {

    /** Notes every event it hears as a line. */
    static final class HearingCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Listen
        public void onMessage(MessageReceived event) {
            heard.add((event.isCommand() ? "command " : "message ") + event.message().content());
        }

        @Listen
        public void onEdit(MessageEdited event) {
            heard.add("edited to " + event.message().content() + " from " + event.previousContent().orElse("?"));
        }

        @Listen
        public void onDelete(MessageDeleted event) {
            heard.add("deleted " + event.messageId() + " in #" + event.channel().name() + ": "
                    + event.message().map(Message::content).orElse("?"));
        }

        @Listen
        public void onReaction(ReactionAdded event) {
            heard.add(event.user().name() + " reacted " + event.emoji() + " to " + event.messageId() + " as "
                    + event.member().map(Member::displayName).orElse("no member"));
        }

        @Listen
        public void onUnreaction(ReactionRemoved event) {
            heard.add(event.user().name() + " took back " + event.emoji() + " from " + event.messageId());
        }

        @Listen
        public void onJoin(MemberJoined event) {
            heard.add(event.member().displayName() + " joined " + event.member().guild().name());
        }

        @Listen
        public void onLeave(MemberLeft event) {
            heard.add(event.user().name() + " left " + event.guild().name());
        }

        @Listen
        public void onGuildJoin(GuildJoined event) {
            heard.add("bot joined " + event.guild().name());
        }

        @Listen
        public void onGuildLeave(GuildLeft event) {
            heard.add("bot left " + event.guild().id());
        }

        @Listen
        public void onResume(Resumed event) {
            heard.add("resumed shard " + event.shardId());
        }
    }

    @TempDir
    Path home;

    private final HearingCog cog = new HearingCog();
    private DiscordSession bot;

    private void connect(Map<String, String> settings) {
        bot = DiscordSession.on(home, FakeDiscordConfig.defaults(), settings);
        bot.install("hearing", cog);
    }

    private void connect() {
        connect(Map.of());
    }

    @AfterEach
    void disconnect() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void readyIsHeardByAPluginLoadedAtStart() throws Exception {
        Files.createDirectories(home.resolve("plugins"));
        TestPlugins.plugin("greeter", "1.0.0").cog("""
                public final class GreeterCog implements Cog {
                    private volatile Bot bot;
                    @Override public void onLoad(Bot bot) { this.bot = bot; }
                    @Listen public void greet(Ready event) {
                        bot.changePresence(Activity.playing("ready as " + event.self().name()));
                    }
                }""").writeTo(home.resolve("plugins").resolve("greeter.jar"));

        connect();

        bot.discord().await(Recorded.PresenceUpdate.class, p -> p.presence().activities().stream()
                .anyMatch(a -> a.name().equals("ready as cogbot")), DiscordSession.PATIENCE);
    }

    @Test
    void everyMessageIsHeardAndACommandIsToldApart() {
        connect();

        bot.says(BOB_ID, GENERAL_ID, "hello");
        bot.says(BOB_ID, GENERAL_ID, "!lightbulb");

        assertThat(cog.heard).containsExactly("message hello", "command !lightbulb");
    }

    @Test
    void aUsersEditIsHeardWithTheTextBefore() {
        connect();
        bot.says(BOB_ID, GENERAL_ID, "hello wrld");
        long id = bot.lastMessageOf(BOB_ID, GENERAL_ID);

        bot.discord().userEdits(BOB_ID, GENERAL_ID, id, "hello world");
        bot.awaitEvent(TransportEvent.MessageEdited.class, e -> e.message().id().equals(Long.toString(id)));

        assertThat(cog.heard).containsExactly("message hello wrld", "edited to hello world from hello wrld");
    }

    @Test
    void aDeletionIsHeardWithTheMessageDeleted() {
        connect();
        bot.says(BOB_ID, GENERAL_ID, "oops");
        long id = bot.lastMessageOf(BOB_ID, GENERAL_ID);

        bot.discord().userDeletes(BOB_ID, GENERAL_ID, id);
        bot.awaitEvent(TransportEvent.MessageDeleted.class, e -> e.messageId().equals(Long.toString(id)));

        assertThat(cog.heard).containsExactly("message oops", "deleted " + id + " in #general: oops");
    }

    @Test
    void aReactionIsHeardWithTheMemberWhoReacted() {
        connect();
        bot.says(ALICE_ID, GENERAL_ID, "vote here");
        long id = bot.lastMessageOf(ALICE_ID, GENERAL_ID);

        bot.discord().userReacts(BOB_ID, GENERAL_ID, id, "👍");
        bot.awaitEvent(TransportEvent.ReactionAdded.class, e -> e.messageId().equals(Long.toString(id)));

        assertThat(cog.heard).containsExactly("message vote here", "bob reacted 👍 to " + id + " as bob");
    }

    @Test
    void aReactionTakenBackIsHeardWithWhoTookItBack() {
        connect();
        bot.says(ALICE_ID, GENERAL_ID, "vote here");
        long id = bot.lastMessageOf(ALICE_ID, GENERAL_ID);
        bot.discord().userReacts(BOB_ID, GENERAL_ID, id, "👍");
        bot.awaitEvent(TransportEvent.ReactionAdded.class, e -> e.messageId().equals(Long.toString(id)));

        bot.discord().userUnreacts(BOB_ID, GENERAL_ID, id, "👍");
        bot.awaitEvent(TransportEvent.ReactionRemoved.class, e -> e.messageId().equals(Long.toString(id)));

        assertThat(cog.heard).endsWith("bob took back 👍 from " + id);
    }

    @Test
    void aReactionAddedTakenBackAndAddedAgainIsHeardInThatOrder() {
        connect();
        bot.says(ALICE_ID, GENERAL_ID, "vote here");
        long id = bot.lastMessageOf(ALICE_ID, GENERAL_ID);

        // sent together, as a fast voter's clicks come: the removal must not overtake the adds
        bot.discord().userReacts(BOB_ID, GENERAL_ID, id, "👍");
        bot.discord().userUnreacts(BOB_ID, GENERAL_ID, id, "👍");
        bot.discord().userReacts(BOB_ID, GENERAL_ID, id, "👍");
        bot.says(ALICE_ID, GENERAL_ID, "after the votes");

        assertThat(cog.heard).containsExactly("message vote here",
                "bob reacted 👍 to " + id + " as bob",
                "bob took back 👍 from " + id,
                "bob reacted 👍 to " + id + " as bob",
                "message after the votes");
    }

    @Test
    void theBotsOwnReactionIsHeardAsInDiscordPy() {
        connect();
        bot.says(ALICE_ID, GENERAL_ID, "star me");
        long id = bot.lastMessageOf(ALICE_ID, GENERAL_ID);

        bot.transport().addReaction(general(), Long.toString(id), "⭐");
        bot.awaitEvent(TransportEvent.ReactionAdded.class, e -> e.user().id().equals(Long.toString(BOT_ID)));

        assertThat(cog.heard).endsWith("cogbot reacted ⭐ to " + id + " as cogbot");
    }

    @Test
    void aMemberJoiningIsHeardWithMemberEventsOn() {
        connect(Map.of("discord.member-events", "true"));

        bot.discord().userJoins(BOB_ID, GUILD_ID);
        bot.awaitEvent(TransportEvent.MemberJoined.class, e -> e.member().user().id().equals(Long.toString(BOB_ID)));

        assertThat(cog.heard).containsExactly("bob joined Cog Test Guild");
    }

    @Test
    void aMemberLeavingIsHeardWithMemberEventsOn() {
        connect(Map.of("discord.member-events", "true"));

        bot.discord().userLeaves(BOB_ID, GUILD_ID);
        bot.awaitEvent(TransportEvent.MemberLeft.class, e -> e.user().id().equals(Long.toString(BOB_ID)));

        assertThat(cog.heard).containsExactly("bob left Cog Test Guild");
    }

    @Test
    void withMemberEventsOffDiscordSendsNoJoinsAndNoneIsHeard() {
        connect();

        bot.discord().userJoins(BOB_ID, GUILD_ID);
        bot.says(BOB_ID, GENERAL_ID, "after the join");

        assertThat(cog.heard).containsExactly("message after the join");
    }

    @Test
    void theBotJoiningAGuildIsHeard() {
        connect();
        long newGuild = GUILD_ID + 100;
        FakeGuild guild = new FakeGuild(newGuild, "New Guild", ALICE_ID, List.of(),
                List.of(FakeChannel.text(newGuild + 1, "welcome", 0)),
                List.of(FakeMember.of(BOT_ID), FakeMember.of(ALICE_ID)));

        bot.discord().botJoins(guild);
        bot.awaitEvent(TransportEvent.GuildJoined.class, e -> e.guild().id().equals(Long.toString(newGuild)));

        assertThat(cog.heard).containsExactly("bot joined New Guild");
    }

    @Test
    void theBotLeavingAGuildIsHeard() {
        connect();

        bot.discord().botLeaves(GUILD_ID);
        bot.awaitEvent(TransportEvent.GuildLeft.class, e -> e.guild().id().equals(Long.toString(GUILD_ID)));

        assertThat(cog.heard).containsExactly("bot left " + GUILD_ID);
    }

    @Test
    void aResumedConnectionIsHeard() {
        connect();

        bot.discord().dropConnection();
        bot.awaitEvent(TransportEvent.Resumed.class, e -> true);

        assertThat(cog.heard).containsExactly("resumed shard 0");
    }

    private static ChannelRef general() {
        return new ChannelRef(Long.toString(GENERAL_ID), "general",
                new GuildRef(Long.toString(GUILD_ID), "Cog Test Guild", Long.toString(ALICE_ID)));
    }
}
