package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Loop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopTest {

    /** Hands the test its plugin's bot handle. */
    static final class HandleCog implements Cog {
        volatile Bot bot;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
        }
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final HandleCog cog = new HandleCog();
    private final TestBot bot = TestBot.builder().plugin("looping", cog).build();
    private final Instant start = bot.now();
    private final List<String> runs = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        bot.close();
    }

    /** Minutes since the test started, as the body sees the clock. */
    private String minute() {
        return "body at " + Duration.between(start, cog.bot.now()).toMinutes() + "m";
    }

    @Test
    void aNewLoopDoesNotRunUntilStarted() {
        Loop loop = cog.bot.loop(MINUTE, () -> runs.add(minute()));

        bot.advance(Duration.ofMinutes(5));

        assertThat(runs).isEmpty();
        assertThat(loop.isRunning()).isFalse();
        assertThat(loop.interval()).isEqualTo(MINUTE);
    }

    @Test
    void startingRunsTheBeforeLoopHookOnceThenTheBodyAtOnce() {
        cog.bot.loop(MINUTE, () -> runs.add(minute())).beforeLoop(() -> runs.add("before")).start();

        bot.advance(Duration.ZERO);

        assertThat(runs).containsExactly("before", "body at 0m");
    }

    @Test
    void theBodyRunsAtOnceAndThenOncePerElapsedInterval_fiveIntervalsMeanSixRuns() {
        Loop loop = cog.bot.loop(MINUTE, () -> runs.add(minute())).beforeLoop(() -> runs.add("before")).start();

        bot.advance(Duration.ofMinutes(5));

        assertThat(runs).containsExactly("before",
                "body at 0m", "body at 1m", "body at 2m", "body at 3m", "body at 4m", "body at 5m");
        assertThat(loop.iterations()).isEqualTo(6);
        assertThat(loop.isRunning()).isTrue();
    }

    @Test
    void anIntervalNotYetFullyElapsedDoesNotRunTheBody() {
        cog.bot.loop(MINUTE, () -> runs.add(minute())).start();

        bot.advance(Duration.ofSeconds(119));

        assertThat(runs).containsExactly("body at 0m", "body at 1m");
    }

    @Test
    void iterationsAreDueAtFixedPointsSoASlowBodyDoesNotMakeTheLoopDrift() {
        cog.bot.loop(MINUTE, () -> {
            runs.add(minute());
            cog.bot.sleep(Duration.ofSeconds(40));
        }).start();

        bot.advance(Duration.ofMinutes(3));

        assertThat(runs).containsExactly("body at 0m", "body at 1m", "body at 2m", "body at 3m");
    }

    @Test
    void whatTheBodyDoesShowsInTheTranscriptOfTheAdvance() {
        AtomicInteger ticks = new AtomicInteger();
        cog.bot.loop(MINUTE, () -> cog.bot.changePresence(Activity.playing("tick " + ticks.incrementAndGet()))).start();
        bot.advance(Duration.ZERO);

        assertThat(bot.advance(Duration.ofMinutes(2))).containsExactly("presence: playing tick 2", "presence: playing tick 3");
    }

    @Test
    void aCancelledLoopStopsRunning() {
        Loop loop = cog.bot.loop(MINUTE, () -> runs.add(minute())).start();
        bot.advance(Duration.ofMinutes(2));

        loop.cancel();
        bot.advance(Duration.ofMinutes(5));

        assertThat(runs).containsExactly("body at 0m", "body at 1m", "body at 2m");
        assertThat(loop.isCancelled()).isTrue();
        assertThat(loop.isRunning()).isFalse();
        assertThat(bot.time().pendingTimers()).isZero();
    }

    @Test
    void anExceptionInTheBodyDoesNotStopTheLoop() {
        Loop loop = cog.bot.loop(MINUTE, () -> {
            runs.add(minute());
            if (runs.size() == 1) {
                throw new IllegalStateException("first run fails");
            }
        }).start();

        bot.advance(Duration.ofMinutes(2));

        assertThat(runs).containsExactly("body at 0m", "body at 1m", "body at 2m");
        assertThat(loop.isRunning()).isTrue();
    }

    @Test
    void startingALoopTwiceIsAnError() {
        Loop loop = cog.bot.loop(MINUTE, () -> { }).start();

        assertThatThrownBy(loop::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLoopNeedsAPositiveInterval() {
        assertThatThrownBy(() -> cog.bot.loop(Duration.ZERO, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cog.bot.loop(Duration.ofSeconds(-1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduledTaskRunsOnceAfterItsDelay() {
        cog.bot.schedule(Duration.ofSeconds(10), () -> runs.add("ran at " + cog.bot.now()));

        bot.advance(Duration.ofSeconds(9));
        assertThat(runs).isEmpty();

        bot.advance(Duration.ofSeconds(1));
        assertThat(runs).containsExactly("ran at " + start.plusSeconds(10));

        bot.advance(Duration.ofHours(1));
        assertThat(runs).hasSize(1);
    }

    @Test
    void aCancelledScheduledTaskNeverRuns() {
        Cancellable task = cog.bot.schedule(Duration.ofSeconds(10), () -> runs.add("ran"));

        task.cancel();
        bot.advance(Duration.ofMinutes(1));

        assertThat(runs).isEmpty();
        assertThat(task.isCancelled()).isTrue();
    }
}
