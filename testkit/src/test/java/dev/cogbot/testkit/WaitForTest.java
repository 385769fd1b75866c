package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Message;
import dev.cogbot.api.error.ReplyTimeout;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitForTest {

    static final class AskingCog implements Cog {
        volatile Instant timedOutAt;

        @Command
        public void ask(Context ctx) {
            ctx.send("What's your name?");
            try {
                Message reply = ctx.waitForReply(m -> true, Duration.ofSeconds(60));
                ctx.send("Hello, " + reply.content() + "!");
            } catch (ReplyTimeout timeout) {
                timedOutAt = ctx.bot().now();
                ctx.send("Nobody answered within " + timeout.timeout().toSeconds() + "s");
            }
        }

        @Command
        public void confirm(Context ctx) {
            ctx.send("Sure? (yes/no)");
            Message reply = ctx.waitForReply(m -> m.content().matches("yes|no"), Duration.ofSeconds(60));
            ctx.send("You said " + reply.content());
        }

        @Command
        public void race(Context ctx) {
            ctx.send("Say go!");
            Message first = ctx.bot().waitFor(m -> m.content().equals("go"), Duration.ofSeconds(30));
            ctx.send(first.author().name() + " was first, in #" + first.channel().name());
        }

        @Command
        public void impatient(Context ctx) {
            ctx.send("Quick!");
            ctx.waitForReply(m -> true, Duration.ofSeconds(10));
            ctx.send("thanks");
        }
    }

    private final AskingCog cog = new AskingCog();
    private final TestBot bot = TestBot.builder().plugin("asking", cog).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void waitForReplyHandsOverTheAuthorsNextMessage() {
        assertThat(alice.says("!ask")).containsExactly("cogbot: What's your name?");

        assertThat(alice.says("Alice")).containsExactly("cogbot: Hello, Alice!");
    }

    @Test
    void waitForReplyIgnoresOtherAuthors() {
        alice.says("!ask");

        assertThat(bob.says("Bob")).isEmpty();
        assertThat(alice.says("Alice")).containsExactly("cogbot: Hello, Alice!");
    }

    @Test
    void waitForReplyIgnoresTheSameAuthorInAnotherChannel() {
        alice.says("!ask");

        assertThat(alice.in("random").says("Elsewhere")).isEmpty();
        assertThat(alice.says("Alice")).containsExactly("cogbot: Hello, Alice!");
    }

    @Test
    void waitForReplyIgnoresMessagesItsCheckRejects() {
        alice.says("!confirm");

        assertThat(alice.says("maybe")).isEmpty();
        assertThat(alice.says("yes")).containsExactly("cogbot: You said yes");
    }

    @Test
    void botWaitForSeesAnyoneAnywhere() {
        alice.says("!race");

        assertThat(alice.says("ready")).isEmpty();
        assertThat(bob.in("random").says("go")).containsExactly("cogbot: bob was first, in #random");
    }

    @Test
    void aWaitTimesOutWithReplyTimeoutAfterExactlyTheTimeoutNotBefore() {
        Instant asked = bot.now();
        alice.says("!ask");

        assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly("cogbot: Nobody answered within 60s");
        assertThat(cog.timedOutAt).isEqualTo(asked.plusSeconds(60));
    }

    @Test
    void aReplyAfterTheTimeoutIsNotTakenAsTheAnswer() {
        alice.says("!ask");
        bot.advance(Duration.ofSeconds(60));

        assertThat(alice.says("Alice")).isEmpty();
    }

    @Test
    void anUnhandledReplyTimeoutIsAnsweredByTheFallback() {
        alice.says("!impatient");

        assertThat(bot.advance(Duration.ofSeconds(10))).containsExactly("cogbot: No reply within 10s. Usage: !impatient");
    }

    @Test
    void anAnsweredWaitLeavesNoWaitAndNoTimerBehind() {
        alice.says("!ask");
        assertThat(bot.runtime().pendingWaits()).isEqualTo(1);
        assertThat(bot.time().pendingTimers()).isEqualTo(1);

        alice.says("Alice");

        assertThat(bot.runtime().pendingWaits()).isZero();
        assertThat(bot.time().pendingTimers()).isZero();
    }

    @Test
    void aTimedOutWaitLeavesNoWaitBehind() {
        alice.says("!ask");

        bot.advance(Duration.ofSeconds(60));

        assertThat(bot.runtime().pendingWaits()).isZero();
    }

    @Test
    void twoUsersWaitingAtOnceEachGetTheirOwnReply() {
        alice.says("!ask");
        bob.says("!ask");

        assertThat(bob.says("Bob")).containsExactly("cogbot: Hello, Bob!");
        assertThat(alice.says("Alice")).containsExactly("cogbot: Hello, Alice!");
    }
}
