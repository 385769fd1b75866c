package dev.cogbot.runtime.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.scheduling.TimerQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watch on plugin tasks that never wait, sampled at instants the test chooses or on the bot's clock. */
class BusyTaskWatchTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final List<BusyTaskWatch.Task> tasks = new CopyOnWriteArrayList<>();
    private final BusyTaskWatch watch = new BusyTaskWatch(LIMIT, () -> List.copyOf(tasks), () -> T0);
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile boolean spinning = true;

    @AfterEach
    void stopThreads() {
        spinning = false;
        stop.countDown();
    }

    @Test
    void aTaskRunnableForLongerThanTheLimitIsReportedOnceWithItsPluginTaskAndStack() {
        tasks.add(new BusyTaskWatch.Task("spinner", "command spin", spinner()));

        assertThat(watch.sample(T0)).isEmpty();
        assertThat(watch.sample(T0.plus(LIMIT))).as("not longer than the limit yet").isEmpty();
        List<BusyTaskWatch.Busy> found = watch.sample(T0.plus(LIMIT).plusSeconds(1));
        assertThat(watch.sample(T0.plus(LIMIT).plusSeconds(2))).as("reported once").isEmpty();

        assertThat(found).singleElement().satisfies(busy -> {
            assertThat(busy.pluginId()).isEqualTo("spinner");
            assertThat(busy.task()).isEqualTo("command spin");
            assertThat(busy.stack()).anySatisfy(frame -> assertThat(frame.getMethodName()).contains("spin"));
        });
        assertThat(watch.current()).singleElement().asString()
                .startsWith("spinner: command spin, busy for 12s, at " + BusyTaskWatchTest.class.getName());
    }

    @Test
    void theReportIsOneWarningInTheLogWithPluginTaskAndStack() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(BusyTaskWatch.class);
        var captured = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        captured.start();
        logger.addAppender(captured);
        try {
            tasks.add(new BusyTaskWatch.Task("spinner", "command spin", spinner()));
            watch.sample(T0);
            watch.sample(T0.plus(LIMIT).plusSeconds(1));
            watch.sample(T0.plus(LIMIT).plusSeconds(2));
        } finally {
            logger.detachAppender(captured);
        }

        assertThat(captured.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage())
                    .startsWith("Plugin spinner: command spin has run for more than 10s without waiting")
                    .contains("(thread spinner/command spin)", "\n\tat " + BusyTaskWatchTest.class.getName() + ".spin(");
        });
    }

    @Test
    void aTaskThatWaitsIsNeverReported() throws Exception {
        tasks.add(new BusyTaskWatch.Task("patient", "command wait", waiter()));

        watch.sample(T0);
        assertThat(watch.sample(T0.plus(LIMIT.multipliedBy(100)))).isEmpty();
        assertThat(watch.current()).isEmpty();
    }

    @Test
    void aBusyTaskLeavesTheListOnceItIsNoLongerRunning() {
        BusyTaskWatch.Task task = new BusyTaskWatch.Task("spinner", "command spin", spinner());
        tasks.add(task);
        watch.sample(T0);
        watch.sample(T0.plus(LIMIT).plusSeconds(1));
        assertThat(watch.current()).hasSize(1);

        tasks.remove(task); // it ended, or its plugin was unloaded
        watch.sample(T0.plus(LIMIT).plusSeconds(2));

        assertThat(watch.current()).isEmpty();
    }

    @Test
    void startedOnTheBotsSchedulerItSamplesAsItsClockMovesAndMeasuresOnThatClock() {
        ManualTime time = new ManualTime(T0);
        try (Scheduler scheduler = new Scheduler(unsettled(time));
             BusyTaskWatch started = BusyTaskWatch.start(LIMIT, () -> List.copyOf(tasks), scheduler)) {
            tasks.add(new BusyTaskWatch.Task("spinner", "command spin", spinner(scheduler)));
            assertThat(time.pendingTimers()).as("the next sample waits for the clock").isEqualTo(1);

            time.advance(LIMIT);
            assertThat(started.current()).as("busy for 9s of the clock so far").isEmpty();

            time.advance(Duration.ofSeconds(2));
            assertThat(started.current()).singleElement().asString().startsWith("spinner: command spin, busy for 11s");
        }
    }

    @Test
    void aRunnableThreadIsNotTakenForABusyTaskWhileTheBotHasNoTaskRunning() {
        // a task on its way to its park is counted as parked already, yet its thread is runnable a
        // little longer; a manual clock moved by an hour samples it many times in that moment
        ManualTime time = new ManualTime(T0);
        try (Scheduler scheduler = new Scheduler(unsettled(time));
             BusyTaskWatch started = BusyTaskWatch.start(LIMIT, () -> List.copyOf(tasks), scheduler)) {
            tasks.add(new BusyTaskWatch.Task("loop", "loop", spinner()));

            time.advance(Duration.ofHours(1));

            assertThat(started.current()).isEmpty();
        }
    }

    @Test
    void closedItSamplesNoMore() {
        ManualTime time = new ManualTime(T0);
        try (Scheduler scheduler = new Scheduler(unsettled(time))) {
            BusyTaskWatch started = BusyTaskWatch.start(LIMIT, () -> List.copyOf(tasks), scheduler);
            tasks.add(new BusyTaskWatch.Task("spinner", "command spin", spinner(scheduler)));

            started.close();
            time.advance(LIMIT.multipliedBy(2));

            assertThat(started.current()).isEmpty();
            assertThat(time.pendingTimers()).isZero();
        }
    }

    /**
     * {@code time}'s timers, without its waiting for the bot to settle between them: a spinning task
     * never lets a bot settle, and these tests move the clock while one spins.
     */
    private static TimerQueue unsettled(ManualTime time) {
        return new TimerQueue() {
            @Override
            public Instant now() {
                return time.now();
            }

            @Override
            public Cancellable at(Instant deadline, Runnable action) {
                return time.at(deadline, action);
            }
        };
    }

    /** A spinner the scheduler counts as a running task, as it does a plugin's command. */
    private Thread spinner(Scheduler scheduler) {
        CountDownLatch spinningNow = new CountDownLatch(1);
        Thread thread = scheduler.spawnPlatform("spinner/command spin", () -> spin(spinningNow));
        try {
            assertThat(spinningNow.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return thread;
    }

    @Test
    void aLimitOfZeroIsRefusedRatherThanSamplingWithoutPause() {
        try (Scheduler scheduler = new Scheduler(new ManualTime(T0))) {
            assertThatThrownBy(() -> BusyTaskWatch.start(Duration.ZERO, List::of, scheduler))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the busy-task limit must be longer than 0, got PT0S");
        }
    }

    @Test
    void offItNeverReportsAnything() {
        BusyTaskWatch off = BusyTaskWatch.off();

        assertThat(off.sample(T0.plus(LIMIT.multipliedBy(1000)))).isEmpty();
        assertThat(off.current()).isEmpty();
    }

    private Thread spinner() {
        CountDownLatch spinningNow = new CountDownLatch(1);
        Thread thread = Thread.ofPlatform().daemon().name("spinner/command spin").start(() -> spin(spinningNow));
        try {
            assertThat(spinningNow.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return thread;
    }

    private void spin(CountDownLatch spinningNow) {
        spinningNow.countDown();
        long turns = 0;
        while (spinning) {
            turns++;
        }
        assertThat(turns).isNotNegative();
    }

    private Thread waiter() throws InterruptedException {
        Thread thread = Thread.ofPlatform().daemon().name("patient/command wait").start(() -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // a thread state has no event to wait for
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
        return thread;
    }
}
