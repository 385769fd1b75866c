package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Listen;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.event.Event;
import dev.cogbot.api.event.GuildJoined;
import dev.cogbot.api.event.GuildLeft;
import dev.cogbot.api.event.MemberJoined;
import dev.cogbot.api.event.MemberLeft;
import dev.cogbot.api.event.MessageDeleted;
import dev.cogbot.api.event.MessageEdited;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.api.event.ReactionAdded;
import dev.cogbot.api.event.ReactionRemoved;
import dev.cogbot.api.event.Ready;
import dev.cogbot.api.event.Resumed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each event reaches a cog's {@code @Listen} method, carrying what it says it carries. */
class EventListenersTest {

    static final class HearingCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @Command
        public void star(Context ctx) {
            ctx.message().addReaction("⭐");
        }

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
            heard.add(event.user().name() + " took back " + event.emoji() + " from " + event.messageId() + " as "
                    + event.member().map(Member::displayName).orElse("no member"));
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
            heard.add("bot left " + event.guild().name());
        }

        @Listen
        public void onReady(Ready event) {
            heard.add("ready as " + event.self().name());
        }

        @Listen
        public void onResume(Resumed event) {
            heard.add("resumed shard " + event.shardId());
        }
    }

    static final class EverythingCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Listen
        public void onAnything(Event event) {
            heard.add(event.getClass().getSimpleName());
        }
    }

    private final HearingCog cog = new HearingCog();
    private final TestBot bot = TestBot.builder().plugin("hearing", cog).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void readyIsHeardWhenTheBotConnects() {
        bot.reconnects();

        assertThat(cog.heard).containsExactly("ready as cogbot");
    }

    @Test
    void everyMessageIsHeardAndACommandIsToldApart() {
        alice.says("hello");
        alice.says("!ping");

        assertThat(cog.heard).containsExactly("message hello", "command !ping");
    }

    @Test
    void anUnknownCommandIsNotACommand() {
        alice.says("!nosuchthing");

        assertThat(cog.heard).containsExactly("message !nosuchthing");
    }

    @Test
    void anEditIsHeardWithTheTextBefore() {
        alice.says("hello wrld");

        alice.edits(alice.lastMessageId(), "hello world");

        assertThat(cog.heard).containsExactly("message hello wrld", "edited to hello world from hello wrld");
    }

    @Test
    void aDeletionIsHeardWithTheMessageDeleted() {
        alice.says("oops");
        String id = alice.lastMessageId();

        alice.deletes(id);

        assertThat(cog.heard).containsExactly("message oops", "deleted " + id + " in #general: oops");
    }

    @Test
    void aReactionIsHeardWithWhoReactedAsAMember() {
        alice.says("vote here");

        bob.reacts(alice.lastMessageId(), "👍");

        assertThat(cog.heard).containsExactly("message vote here",
                "bob reacted 👍 to " + alice.lastMessageId() + " as bob");
    }

    @Test
    void aReactionInADmHasNoMember() {
        TestUser dm = bob.inDm();
        dm.says("hi");

        dm.reacts(dm.lastMessageId(), "👋");

        assertThat(cog.heard).contains("bob reacted 👋 to " + dm.lastMessageId() + " as no member");
    }

    @Test
    void aReactionTakenBackIsHeardWithoutTheMemberAsOnDiscord() {
        alice.says("vote here");
        bob.reacts(alice.lastMessageId(), "👍");

        bob.unreacts(alice.lastMessageId(), "👍");

        assertThat(cog.heard).contains("bob reacted 👍 to " + alice.lastMessageId() + " as bob")
                .endsWith("bob took back 👍 from " + alice.lastMessageId() + " as no member");
    }

    @Test
    void theBotsOwnReactionsAreHeardAsInDiscordPy() {
        alice.says("!star");

        assertThat(cog.heard).containsExactly("command !star",
                "cogbot reacted ⭐ to " + alice.lastMessageId() + " as no member");
    }

    @Test
    void aMemberJoiningIsHeard() {
        bot.memberJoins("carol");

        assertThat(cog.heard).containsExactly("carol joined Test Guild");
    }

    @Test
    void aMemberLeavingIsHeard() {
        bot.memberLeaves("bob");

        assertThat(cog.heard).containsExactly("bob left Test Guild");
    }

    @Test
    void theBotJoiningAServerIsHeard() {
        bot.joinsGuild("Other Guild");

        assertThat(cog.heard).containsExactly("bot joined Other Guild");
    }

    @Test
    void theBotLeavingAServerIsHeard() {
        bot.leavesGuild("Other Guild");

        assertThat(cog.heard).containsExactly("bot left Other Guild");
    }

    @Test
    void aResumeIsHeard() {
        bot.resumes();

        assertThat(cog.heard).containsExactly("resumed shard 0");
    }

    @Test
    void aListenerTakingEventHearsEveryKind() {
        EverythingCog everything = new EverythingCog();
        bot.load("everything", everything);

        alice.says("hi");
        bob.reacts(alice.lastMessageId(), "👍");
        bot.memberJoins("carol");
        bot.resumes();

        assertThat(everything.heard).containsExactly("MessageReceived", "ReactionAdded", "MemberJoined", "Resumed");
    }

    @Test
    void aListenerCanAnswerInTheChannel() {
        bot.load("greeter", new Cog() {
            @Listen
            public void greet(MemberJoined event) {
                event.member().guild().channels().getFirst().send("Welcome, " + event.member().displayName() + "!");
            }
        });

        assertThat(bot.memberJoins("carol")).containsExactly("cogbot: Welcome, carol!");
    }
}
