package dev.cogbot.runtime.scheduling;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the bot's tasks that are running right now, as opposed to finished or parked in a
 * {@link Scheduler} wait. Zero means idle: nothing will happen until a message arrives or time
 * moves. Whoever wakes a parked task counts it as running before waking it, so "idle" can never be
 * seen between a timer firing and the woken task getting on with its work.
 */
public final class RunningTasks {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private long running;

    /** Counts one more task as running. */
    public void started() {
        lock.lock();
        try {
            running++;
        } finally {
            lock.unlock();
        }
    }

    /** Counts one task fewer as running. */
    public void stopped() {
        lock.lock();
        try {
            if (--running == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public long running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until no task is running, or {@code max} has passed in real time.
     *
     * @throws IllegalStateException if the bot is still busy after {@code max}: something is stuck
     */
    public void awaitIdle(Duration max) {
        long nanos = max.toNanos();
        lock.lock();
        try {
            while (running > 0) {
                if (nanos <= 0) {
                    throw new IllegalStateException(running + " task(s) still running after " + max);
                }
                nanos = idle.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the bot to go idle", e);
        } finally {
            lock.unlock();
        }
    }

}
