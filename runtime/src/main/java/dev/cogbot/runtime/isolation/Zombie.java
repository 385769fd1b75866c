package dev.cogbot.runtime.isolation;

import java.lang.ref.WeakReference;

/**
 * Something of an unloaded plugin that outlived its unload: a thread that ignored the stop, or a
 * JDBC driver that could not be deregistered. Each keeps the plugin's class loader, and so all its
 * classes, in memory; a thread may also keep using the CPU. {@code cogbot status} lists zombies until
 * they are {@link #gone()}; only a restart of the bot is sure to end them.
 */
public sealed interface Zombie {

    /** The plugin it belongs to. */
    String pluginId();

    /** What it is, e.g. {@code thread 'poller' (TIMED_WAITING)}. */
    String describe();

    /** Whether it no longer exists (the thread ended). */
    boolean gone();

    /** One line for a status report: {@code spinner: task 'spinner/command spin' (RUNNABLE)}. */
    default String line() {
        return pluginId() + ": " + describe();
    }

    /**
     * A thread of the plugin still alive after the unload.
     *
     * @param kind what started it: {@link ThreadKind}
     */
    record StrayThread(String pluginId, ThreadKind kind, String name, WeakReference<Thread> thread) implements Zombie {

        public static StrayThread of(String pluginId, ThreadKind kind, Thread thread) {
            return new StrayThread(pluginId, kind, thread.getName(), new WeakReference<>(thread));
        }

        @Override
        public String describe() {
            Thread t = thread.get();
            return kind.label() + " '" + name + "'" + (t == null ? "" : " (" + t.getState() + ")");
        }

        @Override
        public boolean gone() {
            Thread t = thread.get();
            return t == null || !t.isAlive();
        }
    }

    /** A JDBC driver of the plugin that {@code DriverManager} would not let go of. */
    record StuckDriver(String pluginId, String driverClass, String reason) implements Zombie {

        @Override
        public String describe() {
            return "JDBC driver " + driverClass + " (" + reason + ")";
        }

        @Override
        public boolean gone() {
            return false;
        }
    }

    /** What a stray thread was. */
    enum ThreadKind {
        /** A task the plugin started through the bot (a command, a loop), which ignored the interrupt. */
        TASK("task"),
        /** A cog's {@code onUnload}, still running after the unload grace. */
        UNLOAD_CALLBACK("onUnload"),
        /** A thread the plugin started itself ({@code new Thread}, an executor's). */
        THREAD("thread"),
        /** The thread of a {@code java.util.Timer} the plugin did not cancel. */
        TIMER("timer thread");

        private final String label;

        ThreadKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
