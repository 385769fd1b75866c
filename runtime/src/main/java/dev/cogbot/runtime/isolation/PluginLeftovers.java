package dev.cogbot.runtime.isolation;

import dev.cogbot.runtime.scheduling.Stopping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an unloaded plugin left running outside the bot's reach: the threads it started itself
 * (raw threads, timers, executors' workers) and the JDBC drivers it registered. Called after the
 * plugin's own tasks were stopped and before its class loader is closed.
 *
 * <p>A thread running a class the plugin's loader defined is the plugin's: it is interrupted, and
 * reported if it outlives the grace. The bot runs every plugin task with the plugin's loader as
 * context class loader, and threads inherit it from whoever starts them, so an idle
 * {@code java.util.Timer} thread of the plugin is recognised by it too. Any other thread carrying
 * the plugin's loader (a pool of the bot's or of a library, started by chance from a plugin task)
 * gets the bot's loader back instead, so it does not keep the plugin's classes.
 *
 * <p>Not found: an idle executor's workers (they run none of the plugin's code at the time, and
 * cannot be told from other pools' workers), and virtual threads the plugin started itself, which
 * cannot be enumerated.
 *
 * <pre>{@code
 * if (manager.getPluginClassLoader(id) instanceof IsolatingClassLoader loader) {
 *     PluginLeftovers left = PluginLeftovers.sweep(loader, Stopping.within(Duration.ofSeconds(5)), List.of());
 *     zombies.add(left.zombies());   // e.g. thread 'poller' (WAITING)
 * }
 * }</pre>
 *
 * @param zombies     what is still there: threads that outlived their interrupt and the grace,
 *                    drivers that would not deregister
 * @param deregistered the JDBC driver classes deregistered
 */
public record PluginLeftovers(List<Zombie> zombies, List<String> deregistered) {

    /**
     * Deregisters the plugin's JDBC drivers, interrupts the threads running its code, and waits for
     * them until the unload's deadline (shared with the unload's earlier steps).
     *
     * @param known threads already accounted for (the plugin's own tasks), left out of the search
     */
    public static PluginLeftovers sweep(IsolatingClassLoader loader, Stopping unload, Collection<Thread> known) {
        String pluginId = loader.pluginId();
        List<Zombie> zombies = new ArrayList<>();
        List<String> deregistered = new ArrayList<>();
        for (String line : loader.deregisterDrivers()) {
            if (line.startsWith("! ")) {
                String[] parts = line.substring(2).split(": ", 2);
                zombies.add(new Zombie.StuckDriver(pluginId, parts[0], parts.length > 1 ? parts[1] : "refused"));
            } else {
                deregistered.add(line);
            }
        }
        List<Thread> first = threadsOf(loader, known).runningItsCode();
        unload.interruptAndAwait(first);
        // looked at again: a thread the plugin had only just started ran none of its code at first
        Found found = threadsOf(loader, known);
        for (Thread thread : found.runningItsCode()) {
            if (!first.contains(thread)) {
                thread.interrupt();
            }
            zombies.add(Zombie.StrayThread.of(pluginId, kindOf(thread), thread));
        }
        for (Thread thread : found.carryingItsLoader()) {
            if (isTimer(thread)) {
                // a Timer's thread is made by whoever makes the Timer: this one is the plugin's
                zombies.add(Zombie.StrayThread.of(pluginId, Zombie.ThreadKind.TIMER, thread));
            } else {
                // most likely a pool of the bot's or of a library, whose thread a plugin task happened to
                // start: it must not keep the plugin's classes (nor be interrupted in someone else's work)
                thread.setContextClassLoader(loader.getParent());
            }
        }
        return new PluginLeftovers(List.copyOf(zombies), List.copyOf(deregistered));
    }

    /**
     * @param runningItsCode    threads with a frame of the plugin's classes on their stack
     * @param carryingItsLoader the others whose context class loader is the plugin's
     */
    record Found(List<Thread> runningItsCode, List<Thread> carryingItsLoader) {
    }

    /** The live platform threads running the plugin's code or carrying its class loader. */
    static Found threadsOf(IsolatingClassLoader loader, Collection<Thread> known) {
        Thread self = Thread.currentThread();
        List<Thread> running = new ArrayList<>();
        List<Thread> carrying = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == self || !thread.isAlive() || known.contains(thread)) {
                continue;
            }
            boolean carries = thread.getContextClassLoader() == loader;
            boolean justStarted = entry.getValue().length == 0;
            if ((carries && justStarted)
                    || Arrays.stream(entry.getValue()).anyMatch(frame -> loader.defined(frame.getClassName()))) {
                running.add(thread);
            } else if (carries) {
                carrying.add(thread);
            }
        }
        return new Found(running, carrying);
    }

    private static boolean isTimer(Thread thread) {
        return "java.util.TimerThread".equals(thread.getClass().getName());
    }

    private static Zombie.ThreadKind kindOf(Thread thread) {
        return isTimer(thread) ? Zombie.ThreadKind.TIMER : Zombie.ThreadKind.THREAD;
    }
}
