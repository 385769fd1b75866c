package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.checks.BucketType;
import dev.cogbot.api.checks.MaxConcurrency;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.MaxConcurrencyReached;
import dev.cogbot.runtime.bot.UnloadReport;
import dev.cogbot.runtime.commands.CommandConcurrency;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Max concurrency as discord.py's: so many runs at once per bucket; one more fails, or waits its turn. */
class MaxConcurrencyTest {

    static final class QuizCog implements Cog {
        final List<CommandError> errors = new CopyOnWriteArrayList<>();

        @MaxConcurrency(value = 1, bucket = BucketType.CHANNEL)
        @Command
        public void quiz(Context ctx) {
            ctx.send("What is 6 x 7?");
            ctx.waitForReply(answer -> true, Duration.ofSeconds(30));
            ctx.send("Quiz over");
        }

        @MaxConcurrency(value = 2, bucket = BucketType.GLOBAL)
        @Command
        public void poll(Context ctx) {
            ctx.send("poll open");
            ctx.sleep(Duration.ofSeconds(10));
        }

        @MaxConcurrency(value = 1, bucket = BucketType.GUILD, queue = true)
        @Command
        public void song(Context ctx) {
            ctx.send("playing for " + ctx.author().name());
            ctx.sleep(Duration.ofSeconds(10));
            ctx.send("done for " + ctx.author().name());
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            throw error;
        }
    }

    private final QuizCog cog = new QuizCog();
    private final TestBot bot = TestBot.builder().plugin("quiz", cog).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aSecondRunInTheSameBucketIsToldItIsAlreadyRunning() {
        alice.says("!quiz");

        assertThat(bob.says("!quiz"))
                .containsExactly("cogbot: !quiz is already running in this channel; try again when it is done.");
    }

    @Test
    void theRefusedRunLeavesTheRunningOneUndisturbed() {
        alice.says("!quiz");
        bob.says("!quiz");

        assertThat(alice.says("42")).containsExactly("cogbot: Quiz over");
    }

    @Test
    void anotherBucketRunsAtTheSameTime() {
        alice.says("!quiz");

        assertThat(bob.in("random").says("!quiz")).containsExactly("cogbot: What is 6 x 7?");
    }

    @Test
    void theNextRunIsWelcomeOnceTheFirstEnded() {
        alice.says("!quiz");
        alice.says("42");

        assertThat(bob.says("!quiz")).containsExactly("cogbot: What is 6 x 7?");
    }

    @Test
    void theNextRunIsWelcomeOnceTheFirstFailed() {
        alice.says("!quiz");
        bot.advance(Duration.ofSeconds(30));

        assertThat(bob.says("!quiz")).containsExactly("cogbot: What is 6 x 7?");
    }

    @Test
    void theErrorCarriesTheNumberAndTheBucket() {
        alice.says("!quiz");
        bob.says("!quiz");

        assertThat(cog.errors).singleElement().isInstanceOfSatisfying(MaxConcurrencyReached.class, e -> {
            assertThat(e.number()).isEqualTo(1);
            assertThat(e.bucket()).isEqualTo(BucketType.CHANNEL);
        });
    }

    @Test
    void aLimitAboveOneAllowsThatManyAtOnce() {
        assertThat(alice.says("!poll")).containsExactly("cogbot: poll open");
        assertThat(bob.in("random").says("!poll")).containsExactly("cogbot: poll open");
        assertThat(bot.user("carol").inGuild("Other").says("!poll"))
                .containsExactly("cogbot: !poll is already running 2 times for everyone; try again when one is done.");
    }

    @Test
    void aQueuedRunWaitsItsTurnAndThenRuns() {
        alice.says("!song");

        assertThat(bob.in("random").says("!song")).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(10))).containsExactly("cogbot: done for alice", "cogbot: playing for bob");
        assertThat(bot.advance(Duration.ofSeconds(10))).containsExactly("cogbot: done for bob");
    }

    @Test
    void queuedRunsTakeTheirTurnsInTheOrderTheyCame() {
        alice.says("!song");
        bob.says("!song");
        bot.user("carol").says("!song");
        bot.user("dave").says("!song");

        bot.advance(Duration.ofSeconds(40));

        assertThat(bot.transcript()).filteredOn(line -> line.startsWith("cogbot: playing")).containsExactly(
                "cogbot: playing for alice", "cogbot: playing for bob", "cogbot: playing for carol", "cogbot: playing for dave");
    }

    @Test
    void unloadingThePluginEndsTheRunsWaitingTheirTurn() {
        alice.says("!song");
        bob.says("!song");

        UnloadReport report = bot.unload("quiz");

        assertThat(report.clean()).as("unload report %s", report).isTrue();
        assertThat(bot.advance(Duration.ofHours(1))).as("said after the unload, once every wait was due").isEmpty();
        assertThat(bot.transcript()).doesNotContain("cogbot: playing for bob", "cogbot: done for alice");
        assertThat(bot.runtime().scheduler().runningTasks().running()).isZero();
    }

    @Test
    void aBucketIsForgottenOnceNothingRunsOrWaitsInIt() {
        alice.says("!song");
        bob.says("!song");
        bot.advance(Duration.ofSeconds(20));

        assertThat(songConcurrency().buckets()).isZero();
    }

    @Test
    void aBucketIsForgottenWhenItsOnlyRunFailed() {
        alice.says("!quiz");
        bot.advance(Duration.ofSeconds(30));

        assertThat(bot.runtime().registry().find("quiz").orElseThrow().concurrency().orElseThrow().buckets()).isZero();
    }

    private CommandConcurrency songConcurrency() {
        return bot.runtime().registry().find("song").orElseThrow().concurrency().orElseThrow();
    }
}
