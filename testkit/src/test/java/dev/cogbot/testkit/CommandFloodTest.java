package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.User;
import dev.cogbot.runtime.commands.AdmissionCounts;
import dev.cogbot.runtime.commands.CommandLimits;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One member's flood of commands: a few run, a few wait, the rest are dropped, and nobody else notices. */
class CommandFloodTest {

    private static final String SLOW_DOWN =
            "cogbot: Slow down, mallory: I'm ignoring your commands until the ones I have are done.";

    static final class SlowCog implements Cog {
        @Command
        public void nap(Context ctx) {
            ctx.sleep(Duration.ofMinutes(1));
            ctx.send(ctx.author().name() + " woke");
        }

        @Command
        public void ask(Context ctx) {
            ctx.waitForReply(m -> m.content().equals("yes"), Duration.ofMinutes(5));
            ctx.send("answered");
        }

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }
    }

    private final LoggedProblems problems = LoggedProblems.capture();
    private final TestBot bot = TestBot.builder()
            .plugin("slow", new SlowCog())
            // naps (one minute) hold their slots the whole time and wait their turn as long as it takes
            .limits(new CommandLimits(20, 10, 2, 3, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10)))
            .build();
    private final TestUser mallory = bot.user("mallory");
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
        problems.close();
    }

    @Test
    void aBurstOfFiveThousandCommandsFromOneMemberStartsOnlyTheLimit() {
        burst(mallory, "!nap", 5_000);

        assertThat(bot.plugin("slow").orElseThrow().lifetime().liveThreads()).isEqualTo(2);
        assertThat(bot.runtime().dispatcher().admissionCounts()).isEqualTo(new AdmissionCounts(2, 3, 4_995));
    }

    @Test
    void aBurstOfCommandsThatEndAtOnceIsCutToTheBurstLimit() {
        try (TestBot roomy = roomyBot()) {
            burst(roomy, mallory.asUser(), "!ping", 5_000);

            assertThat(roomy.transcript()).filteredOn("cogbot: pong"::equals).hasSize(20);
            assertThat(roomy.runtime().dispatcher().admissionCounts()).isEqualTo(new AdmissionCounts(20, 0, 4_980));
        }
    }

    @Test
    void aMembersBudgetRefillsAtTheRatePerSecond() {
        try (TestBot roomy = roomyBot()) {
            burst(roomy, mallory.asUser(), "!ping", 100);
            roomy.advance(Duration.ofMillis(500));
            int before = roomy.transcript().size();

            burst(roomy, mallory.asUser(), "!ping", 100);

            assertThat(roomy.transcript().subList(before, roomy.transcript().size()))
                    .filteredOn("cogbot: pong"::equals).hasSize(5);
        }
    }

    @Test
    void aMemberWithinTheRateIsNeverDropped() {
        for (int i = 0; i < 100; i++) {
            assertThat(mallory.says("!ping")).as("ping %d", i).containsExactly("cogbot: pong");
            bot.advance(Duration.ofMillis(100));
        }
    }

    @Test
    void oneMembersSpentBudgetLeavesAnotherMembersWhole() {
        try (TestBot roomy = roomyBot()) {
            burst(roomy, mallory.asUser(), "!ping", 100);
            int before = roomy.transcript().size();

            burst(roomy, alice.asUser(), "!ping", 20);

            assertThat(roomy.transcript().subList(before, roomy.transcript().size()))
                    .filteredOn("cogbot: pong"::equals).hasSize(20);
        }
    }

    @Test
    void commandsBeyondTheRunningLimitWaitTheirTurn() {
        for (int i = 0; i < 5; i++) {
            assertThat(mallory.says("!nap")).isEmpty();
        }

        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("cogbot: mallory woke", "cogbot: mallory woke");
        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("cogbot: mallory woke", "cogbot: mallory woke");
        assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("cogbot: mallory woke");
    }

    @Test
    void aFloodIsToldToSlowDownOnceAndWarnedAboutOnce() {
        burst(mallory, "!nap", 5_000);

        assertThat(bot.transcript()).containsExactly(SLOW_DOWN);
        assertThat(problems.lines()).singleElement().asString()
                .startsWith("WARN dev.cogbot.runtime.commands.Dispatcher - Dropping commands of mallory (mallory)");
    }

    @Test
    void theNoticeComesAgainOnlyAfterTheNoticeInterval() {
        burst(mallory, "!ping", 1);
        burst(mallory, "!nap", 100);
        bot.advance(Duration.ofSeconds(59));
        burst(mallory, "!nap", 100);
        bot.advance(Duration.ofSeconds(1));
        burst(mallory, "!nap", 100);

        assertThat(bot.transcript()).filteredOn(SLOW_DOWN::equals).hasSize(2);
    }

    @Test
    void anotherMembersCommandIsAnsweredAtOnceDuringAFlood() {
        burst(mallory, "!nap", 5_000);

        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aMemberWhoseCommandsEndedMayCommandAgain() {
        burst(mallory, "!nap", 5_000);
        bot.advance(Duration.ofMinutes(3));

        assertThat(mallory.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aReplyToAWaitingCommandIsNotACommandAndNeverDropped() {
        mallory.says("!ask");
        mallory.says("!ask");
        burst(mallory, "!nap", 100);

        assertThat(mallory.says("yes")).containsExactly("cogbot: answered", "cogbot: answered");
    }

    @Test
    void theMemberIsForgottenOnceNothingOfTheirsRunsOrWaits() {
        mallory.says("!ping");
        burst(mallory, "!nap", 2);
        bot.advance(Duration.ofMinutes(1));

        assertThat(mallory.says("!nap")).isEmpty();
        assertThat(bot.runtime().dispatcher().admissionCounts()).isEqualTo(new AdmissionCounts(4, 0, 0));
    }

    /** A bot whose running and waiting limits never bind, so that only the budget does. */
    private static TestBot roomyBot() {
        return TestBot.builder()
                .plugin("slow", new SlowCog())
                .limits(new CommandLimits(20, 10, 10_000, 10_000, Duration.ofMinutes(1), Duration.ofMinutes(5),
                        Duration.ofMinutes(10)))
                .build();
    }

    private void burst(TestUser user, String text, int count) {
        burst(bot, user.asUser(), text, count);
    }

    /** {@code count} messages delivered as fast as the transport can, without waiting for the bot in between. */
    private static void burst(TestBot target, User author, String text, int count) {
        for (int i = 0; i < count; i++) {
            target.transport().deliver(author, TestBot.GENERAL, text);
        }
        target.advance(Duration.ZERO);
    }
}
