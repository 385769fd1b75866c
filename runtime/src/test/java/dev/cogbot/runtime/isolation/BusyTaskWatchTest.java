package dev.cogbot.runtime.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watch on plugin tasks that never wait, sampled at instants the test chooses. */
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
