package dev.cogbot.runtime.scheduling;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the one-shot work scheduled for later through a {@link Lifetime} and not yet started:
 * a plugin's {@code bot.schedule(...)}, and the countdown of each of its durable timers. Loops are
 * not here: they never end. A scheduled task counts until it has started (then the
 * {@link RunningTasks} count it) or is cancelled, with its plugin or by itself.
 */
public final class ScheduledWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long pending;

    void added() {
        lock.lock();
        try {
            pending++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void ended() {
        lock.lock();
        try {
            pending--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many scheduled tasks are waiting for their time. */
    public long pending() {
        lock.lock();
        try {
            return pending;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until no scheduled work is pending and no task runs (one that was scheduled may schedule
     * more): what a script waits for before the bot stops.
     */
    public void awaitNone(RunningTasks running) throws InterruptedException {
        while (true) {
            running.awaitIdle(java.time.Duration.ofDays(3650));
            lock.lock();
            try {
                while (pending > 0) {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
            running.awaitIdle(java.time.Duration.ofDays(3650));
            if (pending() == 0) {
                return;
            }
        }
    }
}
