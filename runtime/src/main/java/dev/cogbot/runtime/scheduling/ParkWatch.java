package dev.cogbot.runtime.scheduling;

/**
 * Tells whoever started a task when that task parks in one of the {@link Scheduler}'s waits (a
 * sleep, a wait for a message, a wait for the bot to be ready) and when it wakes. The dispatcher
 * uses it to stop counting a command that waits a long time as one of its member's running
 * commands: a parked virtual thread costs almost nothing, a running slot held for a day costs the
 * member every later command.
 *
 * <pre>{@code
 * ParkWatch.watch(listener);
 * try {
 *     task.run();
 * } finally {
 *     ParkWatch.unwatch();
 * }
 * }</pre>
 */
public final class ParkWatch {

    /** What is told about the waits of the task on one thread. Called on that thread; keep it quick. */
    public interface Listener {
        /** The task is about to park. */
        void parked();

        /** The task woke (or its wait ended by an error or an interrupt). */
        void woken();
    }

    private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();

    private ParkWatch() {
    }

    /** Tells {@code listener} about the calling thread's waits until {@link #unwatch}. */
    public static void watch(Listener listener) {
        LISTENER.set(listener);
    }

    /** Stops telling anyone about the calling thread's waits. */
    public static void unwatch() {
        LISTENER.remove();
    }

    static Listener current() {
        return LISTENER.get();
    }
}
