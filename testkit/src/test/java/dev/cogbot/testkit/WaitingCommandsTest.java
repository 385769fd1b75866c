package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.runtime.commands.AdmissionCounts;
import dev.cogbot.runtime.commands.CommandLimits;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commands that wait a long time (a day-long hush, a knock-knock waiting for its answer) give their
 * member's running slot back, and a command that waits its turn too long is dropped, not run hours later.
 */
class WaitingCommandsTest {

    private static final String SLOW_DOWN =
            "cogbot: Slow down, mallory: I'm ignoring your commands until the ones I have are done.";

    static final class WaitingCog implements Cog {
        @Command
        public void doze(Context ctx) {
            ctx.sleep(Duration.ofDays(1));
            ctx.send("dozed");
        }

        @Command
        public void nap(Context ctx) {
            ctx.sleep(Duration.ofSeconds(5));
            ctx.send("napped");
        }

        @Command
        public void rest(Context ctx) {
            ctx.sleep(Duration.ofSeconds(20));
            ctx.send("rested");
        }

        /** Waits five seconds, then a day. */
        @Command
        public void relay(Context ctx) {
            ctx.sleep(Duration.ofSeconds(5));
            ctx.sleep(Duration.ofDays(1));
            ctx.send("relayed");
        }

        @Command
        public void ask(Context ctx) {
            ctx.waitForReply(m -> m.content().equals("yes"), Duration.ofDays(1));
            ctx.send("answered");
        }

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }
    }

    private TestBot bot = botWith(new CommandLimits(20, 10, 1, 3, Duration.ofMinutes(1), Duration.ofSeconds(10),
            Duration.ofSeconds(30)));
    private final TestUser mallory = bot.user("mallory");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aCommandSleepingLongerThanTheSlotIsHeldGivesItsSlotBack() {
        mallory.says("!doze");
        assertThat(mallory.says("!ping")).isEmpty();

        assertThat(bot.advance(Duration.ofSeconds(10))).containsExactly("cogbot: pong");
    }

    @Test
    void aCommandWaitingForAReplyLongerThanTheSlotIsHeldGivesItsSlotBack() {
        mallory.says("!ask");
        assertThat(mallory.says("!ping")).isEmpty();

        assertThat(bot.advance(Duration.ofSeconds(10))).containsExactly("cogbot: pong");
    }

    @Test
    void aLongWaitKeepsItsSlotWhileNoOtherCommandOfItsMemberWaitsForOne() {
        mallory.says("!doze");
        bot.advance(Duration.ofMinutes(1));

        assertThat(bot.time().pendingTimers()).as("only the doze's own timer").isEqualTo(1);
    }

    @Test
    void aCommandThatWakesAndWaitsAgainHoldsItsSlotForTheSecondWaitAfresh() {
        mallory.says("!relay");
        mallory.says("!ping");

        assertThat(bot.advance(Duration.ofSeconds(14))).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly("cogbot: pong");
    }

    @Test
    void aCommandWaitingLessThanTheSlotIsHeldKeepsItsSlot() {
        mallory.says("!nap");
        mallory.says("!ping");

        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly("cogbot: napped", "cogbot: pong");
    }

    @Test
    void aCommandThatGaveItsSlotBackFreesNoSecondSlotWhenItEnds() {
        mallory.says("!rest");
        mallory.says("!ping");
        bot.advance(Duration.ofSeconds(20));
        mallory.says("!nap");

        assertThat(mallory.says("!ping")).as("one slot only: the ping waits for the nap").isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly("cogbot: napped", "cogbot: pong");
    }

    @Test
    void aMemberWithDayLongWaitsOnEverySlotIsStillAnsweredWithTheDefaultLimits() {
        bot.close();
        bot = botWith(CommandLimits.DEFAULTS);
        TestUser moderator = bot.user("moderator");
        for (int i = 0; i < CommandLimits.DEFAULTS.runningPerUser(); i++) {
            moderator.says("!doze");
        }

        moderator.says("!ping");

        assertThat(bot.advance(CommandLimits.DEFAULTS.slotHeldWhileWaiting())).containsExactly("cogbot: pong");
    }

    @Test
    void aCommandThatWaitedItsTurnTooLongIsDroppedAndItsMemberTold() {
        bot.close();
        bot = botWith(new CommandLimits(20, 10, 1, 3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(30)));
        TestUser member = bot.user("mallory");
        member.says("!doze");
        member.says("!ping");

        assertThat(bot.advance(Duration.ofSeconds(30))).containsExactly(SLOW_DOWN);
        assertThat(bot.advance(Duration.ofHours(1))).doesNotContain("cogbot: pong");
    }

    @Test
    void aCommandThatWaitedItsTurnTooLongIsCountedOnce() {
        bot.close();
        bot = botWith(new CommandLimits(20, 10, 1, 3, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(30)));
        TestUser member = bot.user("mallory");
        member.says("!doze");
        member.says("!ping");
        bot.advance(Duration.ofSeconds(30));

        assertThat(bot.runtime().dispatcher().admissionCounts()).isEqualTo(new AdmissionCounts(1, 1, 0));
    }

    @Test
    void aCommandThatGotItsTurnInTimeIsNotDroppedLater() {
        mallory.says("!nap");
        mallory.says("!ping");
        bot.advance(Duration.ofSeconds(5));

        assertThat(bot.advance(Duration.ofMinutes(1))).isEmpty();
        assertThat(bot.transcript()).doesNotContain(SLOW_DOWN);
    }

    private static TestBot botWith(CommandLimits limits) {
        return TestBot.builder().plugin("waits", new WaitingCog()).limits(limits).build();
    }
}
