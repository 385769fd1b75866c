package dev.cogbot.runtime.commands;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Lets at most a fixed number of tasks run at once; the others wait their turn, first come first
 * served. The runtime runs its owners' commands on platform threads (so that they go on while
 * plugins keep every virtual-thread carrier busy), and this keeps those to a few operating-system
 * threads however many commands arrive.
 *
 * <pre>{@code
 * Turnstile ownerThreads = new Turnstile(4);
 * ownerThreads.enter(() -> spawnPlatformThread(() -> { try { work(); } finally { ownerThreads.leave(); } }));
 * }</pre>
 */
final class Turnstile {

    private final int capacity;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inside;

    Turnstile(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a turnstile must let at least one task through, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Runs {@code start} now if fewer than the capacity are inside, or once one of them leaves.
     * Whatever {@code start} starts must call {@link #leave} exactly once when it is done (or if it
     * failed to start).
     */
    void enter(Runnable start) {
        synchronized (this) {
            if (inside >= capacity) {
                waiting.add(start);
                return;
            }
            inside++;
        }
        start.run();
    }

    /** One task is done: the next one waiting, if any, starts in its place. */
    void leave() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inside--;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
