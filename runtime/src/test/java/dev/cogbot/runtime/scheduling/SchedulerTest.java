package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Duration MAX_IDLE_WAIT = Duration.ofSeconds(10);

    private final ManualTime time = new ManualTime();
    private final Scheduler scheduler = new Scheduler(time);
    private final Instant start = time.now();

    @AfterEach
    void close() {
        scheduler.close();
    }

    private void awaitIdle() {
        scheduler.runningTasks().awaitIdle(MAX_IDLE_WAIT);
    }

    /** Runs {@code body} on a task of the scheduler and completes the returned future with what it returns or throws. */
    private <T> CompletableFuture<T> task(ThrowingSupplier<T> body) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        scheduler.spawn("test task", () -> {
            try {
                outcome.complete(body.get());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        return outcome;
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test
    void sleepWakesExactlyAtTheDeadline() {
        CompletableFuture<Instant> wokeAt = task(() -> {
            scheduler.sleep(Duration.ofMinutes(5));
            return scheduler.now();
        });
        awaitIdle();

        time.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(wokeAt).isNotDone();
        assertThat(scheduler.runningTasks().running()).isZero();

        time.advance(Duration.ofSeconds(1));
        assertThat(wokeAt).isCompletedWithValue(start.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aParkedSleeperIsNotCountedAsRunning() {
        task(() -> {
            scheduler.sleep(Duration.ofMinutes(1));
            return null;
        });

        awaitIdle();

        assertThat(scheduler.runningTasks().running()).isZero();
        assertThat(time.pendingTimers()).isEqualTo(1);
    }

    @Test
    void sleepUntilWakesAtTheGivenInstant() {
        Instant deadline = start.plusSeconds(90);
        CompletableFuture<Instant> wokeAt = task(() -> {
            scheduler.sleepUntil(deadline);
            return scheduler.now();
        });
        awaitIdle();

        time.advance(Duration.ofMinutes(10));

        assertThat(wokeAt).isCompletedWithValue(deadline);
    }

    @Test
    void anInterruptedSleeperGetsInterruptedExceptionAndItsTimerIsCancelled() throws Exception {
        AtomicReference<Thread> sleeper = new AtomicReference<>();
        CompletableFuture<String> outcome = task(() -> {
            sleeper.set(Thread.currentThread());
            try {
                scheduler.sleep(Duration.ofMinutes(1));
                return "slept";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        awaitIdle();

        sleeper.get().interrupt();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("interrupted");
        awaitIdle();
        assertThat(time.pendingTimers()).isZero();
        assertThat(scheduler.runningTasks().running()).isZero();
    }

    @Test
    void awaitWithATimeoutThrowsTimeoutExceptionAtTheDeadlineNotBefore() {
        Park<String> park = scheduler.park();
        AtomicReference<Instant> gaveUpAt = new AtomicReference<>();
        CompletableFuture<String> outcome = task(() -> {
            try {
                return scheduler.await(park, Duration.ofSeconds(60));
            } finally {
                gaveUpAt.set(scheduler.now());
            }
        });
        awaitIdle();

        time.advance(Duration.ofSeconds(59));
        assertThat(outcome).isNotDone();

        time.advance(Duration.ofSeconds(1));
        assertThat(outcome).isCompletedExceptionally();
        assertThat(outcome.exceptionNow()).isInstanceOf(TimeoutException.class);
        assertThat(gaveUpAt.get()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void completingTheParkBeforeTheTimeoutHandsOverTheValueAndCancelsTheTimeout() {
        Park<String> park = scheduler.park();
        CompletableFuture<String> outcome = task(() -> scheduler.await(park, Duration.ofSeconds(60)));
        awaitIdle();
        time.advance(Duration.ofSeconds(30));

        assertThat(park.complete("hello")).isTrue();
        awaitIdle();

        assertThat(outcome).isCompletedWithValue("hello");
        assertThat(time.pendingTimers()).isZero();
        time.advance(Duration.ofMinutes(5));
        assertThat(outcome).isCompletedWithValue("hello");
    }

    @Test
    void onlyTheFirstWakeUpOfAParkCounts() {
        Park<String> park = scheduler.park();
        CompletableFuture<String> outcome = task(() -> scheduler.await(park));
        awaitIdle();

        assertThat(park.complete("first")).isTrue();
        assertThat(park.complete("second")).isFalse();
        assertThat(park.fail(new IllegalStateException("late"))).isFalse();
        awaitIdle();

        assertThat(outcome).isCompletedWithValue("first");
        assertThat(park.isDone()).isTrue();
        assertThat(scheduler.runningTasks().running()).isZero();
    }

    @Test
    void awaitWithoutATimeoutWaitsHoweverLongItTakes() {
        Park<String> park = scheduler.park();
        CompletableFuture<String> outcome = task(() -> scheduler.await(park));
        awaitIdle();

        time.advance(Duration.ofDays(365));
        assertThat(outcome).isNotDone();

        park.complete("at last");
        awaitIdle();
        assertThat(outcome).isCompletedWithValue("at last");
    }

    @Test
    void aFailedParkThrowsExecutionExceptionWithTheError() {
        Park<String> park = scheduler.park();
        CompletableFuture<String> outcome = task(() -> scheduler.await(park, Duration.ofSeconds(60)));
        awaitIdle();
        IllegalStateException error = new IllegalStateException("no more input");

        park.fail(error);
        awaitIdle();

        assertThat(outcome.exceptionNow()).isInstanceOf(ExecutionException.class).hasCause(error);
        assertThat(time.pendingTimers()).isZero();
    }

    @Test
    void scheduleRunsTheActionOnceAtTheDeadline() {
        AtomicReference<Instant> ranAt = new AtomicReference<>();
        scheduler.schedule(Duration.ofSeconds(10), () -> ranAt.set(scheduler.now()));

        time.advance(Duration.ofSeconds(9));
        assertThat(ranAt.get()).isNull();

        time.advance(Duration.ofSeconds(1));
        assertThat(ranAt.get()).isEqualTo(start.plusSeconds(10));
    }

    @Test
    void spawnedTasksCountAsRunningUntilTheyEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        Runnable blocked = () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread one = scheduler.spawn("one", blocked);
        Thread two = scheduler.spawn("two", blocked);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(scheduler.runningTasks().running()).isEqualTo(2);
        assertThat(one.isVirtual()).isTrue();
        assertThat(one.getName()).isEqualTo("one");

        release.countDown();
        one.join();
        two.join();
        awaitIdle();
        assertThat(scheduler.runningTasks().running()).isZero();
    }

    @Test
    void advanceWaitsForWokenTasksToFinishTheirWorkBeforeReturning() {
        AtomicReference<String> result = new AtomicReference<>();
        task(() -> {
            scheduler.sleep(Duration.ofSeconds(1));
            result.set("finished at " + scheduler.now());
            return null;
        });

        time.advance(Duration.ofSeconds(1));

        assertThat(result.get()).isEqualTo("finished at " + start.plusSeconds(1));
    }
}
