package dev.cogbot.runtime.commands;

import dev.cogbot.api.Context;
import dev.cogbot.api.checks.BucketType;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.MaxConcurrencyReached;
import dev.cogbot.runtime.scheduling.Park;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One command's {@link dev.cogbot.api.checks.MaxConcurrency}: at most {@code number} runs at once
 * per bucket; one more fails, or waits its turn in order. A bucket is kept only while something runs
 * or waits in it, and belongs to the loaded command: unloading the plugin drops it (the waits are
 * interrupted with the plugin's other tasks).
 */
public final class CommandConcurrency {

    /** Gives a run's turn back: to the next one waiting, or to the bucket. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** The runs going in one bucket and those waiting their turn, first come first served. */
    private static final class Bucket {
        int running;
        final ArrayDeque<Park<Void>> waiting = new ArrayDeque<>();
    }

    private final int number;
    private final BucketType bucket;
    private final boolean queue;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Bucket> buckets = new HashMap<>();

    CommandConcurrency(int number, BucketType bucket, boolean queue) {
        this.number = number;
        this.bucket = bucket;
        this.queue = queue;
    }

    /**
     * Takes a turn in {@code ctx}'s bucket, waiting for one on {@code scheduler} if the command
     * queues.
     *
     * @throws MaxConcurrencyReached if the bucket is full and the command does not queue
     * @throws CommandCancelled      if the wait was cut short (the plugin is stopping)
     */
    Turn take(Context ctx, Scheduler scheduler) {
        String key = Buckets.keyOf(bucket, ctx);
        Park<Void> park;
        lock.lock();
        try {
            Bucket current = buckets.computeIfAbsent(key, k -> new Bucket());
            if (current.running < number) {
                current.running++;
                return () -> giveBack(key);
            }
            if (!queue) {
                throw new MaxConcurrencyReached(number, bucket);
            }
            park = scheduler.park();
            current.waiting.add(park);
        } finally {
            lock.unlock();
        }
        try {
            scheduler.await(park);
            // the run that ended handed its turn over: the count already includes this one
            return () -> giveBack(key);
        } catch (InterruptedException | ExecutionException e) {
            // the park is settled as failed, so no turn can be handed to it any more
            forget(key, park);
            throw new CommandCancelled("stopped while waiting for a turn: " + e);
        }
    }

    /** How many buckets are kept now: those with a run going or waiting. */
    public int buckets() {
        lock.lock();
        try {
            return buckets.size();
        } finally {
            lock.unlock();
        }
    }

    private void giveBack(String key) {
        lock.lock();
        try {
            Bucket current = buckets.get(key);
            Park<Void> next;
            while ((next = current.waiting.poll()) != null) {
                if (next.complete(null)) {
                    return;
                }
            }
            current.running--;
            if (current.running == 0) {
                buckets.remove(key);
            }
        } finally {
            lock.unlock();
        }
    }

    private void forget(String key, Park<Void> park) {
        lock.lock();
        try {
            Bucket current = buckets.get(key);
            if (current != null) {
                current.waiting.remove(park);
            }
        } finally {
            lock.unlock();
        }
    }
}
