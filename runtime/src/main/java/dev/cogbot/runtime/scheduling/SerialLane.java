package dev.cogbot.runtime.scheduling;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks run one at a time, in the order given, on a thread that exists only while there are some:
 * whoever hands a task over returns at once, and the tasks never overtake each other. Bounded: a
 * lane with {@code capacity} tasks unfinished (waiting, or the one running) refuses more, so one
 * stuck task cannot pile up work without end.
 *
 * <pre>{@code
 * SerialLane lane = new SerialLane(256, drain -> lifetime.spawnVirtual("listener Poll.counts", drain));
 * lane.offer(() -> poll.counts(added));     // false when 256 are unfinished, or the lane is closed
 * lane.offer(() -> poll.counts(removed));   // runs after the first has returned
 * }</pre>
 */
public final class SerialLane {

    /** Starts a thread that runs {@code drain}; throws {@link IllegalStateException} if its owner has stopped. */
    @FunctionalInterface
    public interface Starter {
        void start(Runnable drain);
    }

    private final int capacity;
    private final Starter starter;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Tasks offered and not yet finished: the ones waiting and the one running. */
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * @param capacity tasks unfinished at once before {@link #offer} refuses more
     * @param starter  what starts the thread that runs the tasks (its owner's, so stopping the owner stops it)
     */
    public SerialLane(int capacity, Starter starter) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a lane needs room for at least one task, not " + capacity);
        }
        this.capacity = capacity;
        this.starter = starter;
    }

    /**
     * Queues {@code task} behind the ones before it.
     *
     * @return {@code false}, and the task will not run, if the lane is full or closed
     */
    public boolean offer(Runnable task) {
        if (closed) {
            return false;
        }
        if (unfinished.incrementAndGet() > capacity) {
            unfinished.decrementAndGet();
            return false;
        }
        tasks.add(task);
        startDraining();
        return !closed;
    }

    /** Whether the lane takes no more tasks: closed, or its owner stopped. */
    public boolean isClosed() {
        return closed;
    }

    /** Tasks offered and not finished yet. */
    public int unfinished() {
        return unfinished.get();
    }

    /** Drops the tasks waiting and takes no more; the one running, if any, runs on. */
    public void close() {
        closed = true;
        tasks.clear();
    }

    private void startDraining() {
        if (!draining.compareAndSet(false, true)) {
            return; // the thread draining now will come to it
        }
        try {
            starter.start(this::drain);
        } catch (IllegalStateException ownerStopped) {
            close();
            draining.set(false);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while (!closed && (task = tasks.poll()) != null) {
                try {
                    task.run();
                } finally {
                    unfinished.decrementAndGet();
                }
            }
        } finally {
            draining.set(false);
            // a task offered after the last poll saw this thread still draining and started none
            if (!closed && !tasks.isEmpty()) {
                startDraining();
            }
        }
    }
}
