package dev.cogbot.runtime.scheduling;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.cogbot.api.error.CommandCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one owner (a plugin, or the runtime itself) has running: its threads and its
 * cancellable registrations. Closing it cancels them all and interrupts the threads, so an unloaded
 * plugin leaves nothing behind even when its own clean-up forgot something.
 */
public final class Lifetime {

    private static final ThreadLocal<Lifetime> CURRENT = new ThreadLocal<>();
    private static final Logger log = LoggerFactory.getLogger(Lifetime.class);

    private final String owner;
    private final Scheduler scheduler;
    private final boolean platformThreads;
    private final ClassLoader contextLoader;
    private final PluginFailures failures;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Set<Cancellable> registrations = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public Lifetime(String owner, Scheduler scheduler) {
        this(owner, scheduler, false, null, PluginFailures.NONE);
    }

    private Lifetime(String owner, Scheduler scheduler, boolean platformThreads, ClassLoader contextLoader,
                     PluginFailures failures) {
        this.owner = owner;
        this.scheduler = scheduler;
        this.platformThreads = platformThreads;
        this.contextLoader = contextLoader;
        this.failures = failures;
    }

    /**
     * A plugin's lifetime: its tasks run with the plugin's class loader as their context class
     * loader, so every thread the plugin starts from them inherits it and can be recognised as the
     * plugin's after an unload. Each failure of the plugin's code it is told of, {@code failures} is
     * told too ({@link #failed}).
     */
    public static Lifetime ofPlugin(String pluginId, Scheduler scheduler, ClassLoader pluginLoader,
                                    PluginFailures failures) {
        return new Lifetime(pluginId, scheduler, false, pluginLoader, failures);
    }

    /**
     * The runtime's own lifetime: its tasks (owners' commands) run on platform threads, which the
     * operating system shares out fairly, so plugins keeping every virtual-thread carrier busy cannot
     * stop the owners from unloading them. Whoever spawns here bounds how many run at once; chores
     * anyone can cause go on {@link #spawnVirtual virtual threads}.
     */
    public static Lifetime onPlatformThreads(String owner, Scheduler scheduler) {
        return new Lifetime(owner, scheduler, true, null, PluginFailures.NONE);
    }

    public String owner() {
        return owner;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Tells that {@code kind} of the owner's code failed, once its failure is logged: the metrics count it. */
    public void failed(PluginFailures.Kind kind) {
        failures.failed(owner, kind);
    }

    /**
     * Starts {@code task} on a thread that belongs to this lifetime: a virtual thread, or a
     * platform thread in a lifetime {@link #onPlatformThreads on platform threads}.
     *
     * @throws IllegalStateException if the lifetime is already closed
     */
    public Thread spawn(String name, Runnable task) {
        requireOpen();
        String threadName = owner + "/" + name;
        Runnable body = owned(task);
        return platformThreads ? scheduler.spawnPlatform(threadName, body) : scheduler.spawn(threadName, body);
    }

    /**
     * Starts {@code task} on a virtual thread that belongs to this lifetime, even in a lifetime on
     * platform threads: for the runtime's chores anyone can cause (a reply to an unknown command, a
     * notice), which must not start an operating-system thread each.
     *
     * @throws IllegalStateException if the lifetime is already closed
     */
    public Thread spawnVirtual(String name, Runnable task) {
        requireOpen();
        return scheduler.spawn(owner + "/" + name, owned(task));
    }

    /** {@code task}, run as one of this lifetime's threads. */
    /**
     * A task whose start was counted somewhere (a command in flight, a member's running slot) and
     * that must undo that count even when it never runs: a lifetime that closes after the task was
     * spawned but before its thread began does not run it, and calls {@link #neverRan()} instead.
     *
     * <pre>{@code
     * lifetime.spawn("command ping", new Lifetime.Undoable() {
     *     public void run() { try { invocation.run(); } finally { inFlight.stopped(); } }
     *     public void neverRan() { inFlight.stopped(); }
     * });
     * }</pre>
     */
    public interface Undoable extends Runnable {

        /** Called on the task's thread, instead of {@link #run()}, when its lifetime closed before it began. */
        void neverRan();
    }

    /** {@code task} as a thread of this lifetime runs it: known to {@link #close}, skipped once closed. */
    Runnable owned(Runnable task) {
        return () -> {
            Thread self = Thread.currentThread();
            // the thread adds itself, so its removal can never come before its addition
            threads.add(self);
            CURRENT.set(this);
            if (contextLoader != null) {
                self.setContextClassLoader(contextLoader);
            }
            try {
                if (!closed) {
                    task.run();
                } else if (task instanceof Undoable undoable) {
                    // closed meanwhile: close() may not have seen this thread, so the task must not
                    // run, but what its start counted must still be undone
                    undoable.neverRan();
                }
            } catch (CommandCancelled stopped) {
                log.debug("A task of {} stopped: {}", owner, stopped.getMessage());
            } catch (RuntimeException | Error failure) {
                // into the log, not as a bare stack trace on stderr
                log.warn("A task of {} failed", owner, failure);
                failed(PluginFailures.Kind.TASK);
            } finally {
                threads.remove(self);
            }
        };
    }

    /** The lifetime whose thread is calling, if any: things a plugin starts without a handle (a typing indicator) still die with it. */
    public static java.util.Optional<Lifetime> current() {
        return java.util.Optional.ofNullable(CURRENT.get());
    }

    /** Registers something to cancel when the lifetime closes; returns it for chaining. */
    public <C extends Cancellable> C own(C registration) {
        if (closed) {
            // what it was given must not outlive the owner, even though it is refused
            registration.cancel();
            requireOpen();
        }
        registrations.add(registration);
        if (closed) {
            registration.cancel();
        }
        return registration;
    }

    /** Forgets a registration that ended by itself. */
    public void release(Cancellable registration) {
        registrations.remove(registration);
    }

    /** Runs {@code action} after {@code delay} on a thread of this lifetime; cancelled with it. */
    public Cancellable schedule(String name, Duration delay, Runnable action) {
        requireOpen();
        var handle = own(new ScheduledTask(scheduler.scheduledWork()));
        handle.timer = scheduler.schedule(delay, () -> {
            release(handle);
            try {
                if (!handle.isCancelled() && !closed) {
                    spawn(name, action);
                }
            } catch (IllegalStateException closedMeanwhile) {
                // the owner stopped between the check and the spawn: nothing to run
            } finally {
                // after the spawn, which counts the task as running: never seen as neither
                handle.ended();
            }
        });
        return handle;
    }

    /**
     * Cancels every registration, interrupts every thread, and waits up to {@code grace} (real
     * time) for the threads to end.
     *
     * @return the threads still running after the grace period: they ignored the interrupt
     */
    public List<Thread> close(Duration grace) {
        return close(Stopping.within(grace));
    }

    /**
     * Cancels every registration, interrupts every thread, and waits for them until
     * {@code stopping}'s deadline, which the caller may share with other steps of the same stop.
     *
     * @return the threads still running at the deadline: they ignored the interrupt
     */
    public List<Thread> close(Stopping stopping) {
        closed = true;
        registrations.forEach(Cancellable::cancel);
        registrations.clear();
        // copied before the interrupts: a thread that wakes and removes itself must still be joined
        stopping.interruptAndAwait(List.copyOf(threads));
        return threads.stream().filter(Thread::isAlive).toList();
    }

    /** This lifetime's threads running now. */
    public List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** Threads of this lifetime still running. */
    public int liveThreads() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(owner + " is stopped");
        }
    }

    private static final class ScheduledTask implements Cancellable {
        private final ScheduledWork work;
        private final java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
        private volatile Cancellable timer;
        private volatile boolean cancelled;

        ScheduledTask(ScheduledWork work) {
            this.work = work;
            work.added();
        }

        /** Its time came, or it was cancelled: no longer pending (once, whichever comes first). */
        void ended() {
            if (counted.compareAndSet(true, false)) {
                work.ended();
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            Cancellable t = timer;
            if (t != null) {
                t.cancel();
            }
            ended();
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
