package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Message;
import dev.cogbot.api.error.WaitTimedOut;
import dev.cogbot.api.event.MemberJoined;
import dev.cogbot.api.event.ReactionAdded;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code bot.waitFor} takes any event type with a check and a timeout on the bot's clock. */
class WaitForEventTest {

    static final class PollCog implements Cog {
        @Command
        public void poll(Context ctx) {
            Message poll = ctx.send("Pizza? React with 👍");
            try {
                ReactionAdded vote = ctx.bot().waitFor(ReactionAdded.class,
                        r -> r.messageId().equals(poll.id()) && r.emoji().equals("👍") && !r.user().bot(),
                        Duration.ofMinutes(1));
                ctx.send(vote.user().name() + " wants pizza");
            } catch (WaitTimedOut timeout) {
                ctx.send("Nobody voted within " + timeout.timeout().toSeconds() + "s");
            }
        }

        @Command
        public void doorman(Context ctx) {
            MemberJoined joined = ctx.bot().waitFor(MemberJoined.class, j -> true, Duration.ofHours(1));
            ctx.send("Someone came in: " + joined.member().displayName());
        }
    }

    private final TestBot bot = TestBot.builder().plugin("poll", new PollCog()).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void waitingForAReactionHandsOverTheOneThatPassesTheCheck() {
        alice.says("!poll");

        assertThat(bob.reacts(bot.lastSentId(), "👍")).containsExactly("cogbot: bob wants pizza");
    }

    @Test
    void aReactionThatFailsTheCheckDoesNotEndTheWait() {
        alice.says("!poll");

        assertThat(bob.reacts(bot.lastSentId(), "👎")).isEmpty();
        assertThat(bot.runtime().pendingWaits()).isEqualTo(1);
    }

    @Test
    void waitingForAReactionTimesOutOnTheBotsClockWithWaitTimedOut() {
        alice.says("!poll");

        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("cogbot: Nobody voted within 60s");
    }

    @Test
    void anUnhandledEventWaitTimeoutSaysTheCommandStoppedWaitingWithNoUsageLine() {
        alice.says("!doorman");

        assertThat(bot.advance(Duration.ofHours(1))).containsExactly("cogbot: !doorman stopped waiting: nothing came within 1h.");
    }

    @Test
    void waitingForAnotherKindOfEventWorksTheSameWay() {
        alice.says("!doorman");

        assertThat(bot.memberJoins("carol")).containsExactly("cogbot: Someone came in: carol");
    }

    @Test
    void aWaitEndedByTimeoutIsForgotten() {
        alice.says("!poll");
        bot.advance(Duration.ofMinutes(1));

        assertThat(bot.runtime().pendingWaits()).isZero();
    }
}
