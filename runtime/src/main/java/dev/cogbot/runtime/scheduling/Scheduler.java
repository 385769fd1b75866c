package dev.cogbot.runtime.scheduling;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The runtime's one place for time: starting tasks on virtual threads, timers, sleeps and timed
 * waits, all on one {@link TimerQueue} and all counted by one {@link RunningTasks}.
 */
public final class Scheduler implements AutoCloseable {

    private final TimerQueue timers;
    private final RunningTasks running = new RunningTasks();
    private final ScheduledWork scheduled = new ScheduledWork();

    public Scheduler(TimerQueue timers) {
        this.timers = timers;
        if (timers instanceof ManualTime manual) {
            manual.watch(running);
        }
    }

    /** A scheduler on the system clock. */
    public static Scheduler system() {
        return new Scheduler(new SystemTime());
    }

    public Instant now() {
        return timers.now();
    }

    /** The plugins' one-shot work waiting for its time (not their loops). */
    public ScheduledWork scheduledWork() {
        return scheduled;
    }

    public RunningTasks runningTasks() {
        return running;
    }

    /** Starts {@code task} on its own virtual thread, counted as running until it ends. */
    public Thread spawn(String name, Runnable task) {
        return start(Thread.ofVirtual().name(name), task);
    }

    private Thread start(Thread.Builder builder, Runnable task) {
        running.started();
        try {
            return builder.start(() -> {
                try {
                    task.run();
                } finally {
                    running.stopped();
                }
            });
        } catch (RuntimeException | Error e) {
            running.stopped();
            throw e;
        }
    }

    /**
     * Starts {@code task} on a daemon platform thread of its own, counted as running until it ends:
     * for the runtime's own work, which must go on while plugins keep every virtual-thread carrier busy.
     */
    public Thread spawnPlatform(String name, Runnable task) {
        return start(Thread.ofPlatform().daemon().name(name), task);
    }

    /** Runs {@code action} on the timer's thread after {@code delay}; keep it quick. */
    public Cancellable schedule(Duration delay, Runnable action) {
        return timers.at(now().plus(delay), action);
    }

    /** A fresh park for a wait that something other than time ends (a message, a cancellation). */
    public <T> Park<T> park() {
        return new Park<>(running);
    }

    /** Parks the calling task for {@code duration}. */
    public void sleep(Duration duration) throws InterruptedException {
        sleepUntil(now().plus(duration));
    }

    /** Parks the calling task until the clock reaches {@code deadline}. */
    public void sleepUntil(Instant deadline) throws InterruptedException {
        Park<Void> park = park();
        Cancellable timer = timers.at(deadline, () -> park.complete(null));
        try {
            park.await();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sleep cannot fail", e.getCause());
        } finally {
            timer.cancel();
        }
    }

    /** Parks the calling task until {@code park} is woken, however long that takes. */
    public <T> T await(Park<T> park) throws InterruptedException, ExecutionException {
        return park.await();
    }

    /**
     * Parks the calling task until {@code park} is woken or {@code timeout} passes.
     *
     * @throws TimeoutException if time ran out first
     * @throws ExecutionException with whatever error the park was failed with
     */
    public <T> T await(Park<T> park, Duration timeout)
            throws InterruptedException, TimeoutException, ExecutionException {
        Cancellable timer = timers.at(now().plus(timeout), () -> park.fail(new TimeoutException()));
        try {
            return park.await();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException timeoutException) {
                throw timeoutException;
            }
            throw e;
        } finally {
            timer.cancel();
        }
    }

    @Override
    public void close() {
        timers.close();
    }
}
