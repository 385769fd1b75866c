package dev.cogbot.runtime.isolation;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Durations;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.WeakHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a plugin task (a command, a loop) that runs on and on without ever waiting: a spinning
 * loop, a runaway computation. Such a task holds a virtual-thread carrier the whole time, and a few
 * of them stall every other plugin's commands.
 *
 * <p>{@link #sample} looks at every running plugin task; one seen {@link Thread.State#RUNNABLE
 * runnable} at every sample for longer than the limit is reported once: a WARN line with its
 * plugin, task and stack, and a line in {@code cogbot status} for as long as it stays busy. A task
 * that parks (sleeps, waits for a reply, does I/O on a virtual thread) starts afresh.
 *
 * <p>{@link #start} samples on the bot's {@link Scheduler}, once a second or every tenth of the
 * limit if that is shorter, and takes the instants from the same clock, so that "busy for" is
 * measured on the clock that spaces the samples: on a manual clock nothing samples until the clock
 * is moved. While the bot has no task running (all parked or done) a sample finds nothing busy, so
 * a thread caught between counting itself parked and parking is not taken for a busy task however
 * many samples a moved clock takes in that moment. A test can also call {@code sample} itself with
 * the instants it wants.
 *
 * <pre>{@code
 * BusyTaskWatch busy = BusyTaskWatch.start(Duration.ofSeconds(10), runtime::pluginTasks, scheduler);
 * ...
 * busy.current();   // ["spinner: command spin, busy for 12s, at org.example.SpinnerCog.spin(SpinnerCog.java:12)"]
 * busy.close();
 * }</pre>
 */
public final class BusyTaskWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BusyTaskWatch.class);
    private static final int STACK_DEPTH = 24;

    /**
     * A plugin task running now.
     *
     * @param name the task, e.g. {@code command spin}
     */
    public record Task(String pluginId, String name, Thread thread) {
    }

    /** A task found busy: runnable, without a wait, since {@code since}. */
    public record Busy(String pluginId, String task, Instant since, List<StackTraceElement> stack) {

        /** {@code spinner: command spin, busy for 12s, at org.example.SpinnerCog.spin(SpinnerCog.java:12)} */
        public String line(Instant now) {
            return pluginId + ": " + task + ", busy for "
                    + Durations.format(Duration.between(since, now).truncatedTo(ChronoUnit.SECONDS))
                    + stack.stream().filter(frame -> !isJdk(frame.getClassName())).findFirst()
                            .or(() -> stack.stream().findFirst()).map(frame -> ", at " + frame).orElse("");
        }

        private static boolean isJdk(String className) {
            return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
        }
    }

    /** A runnable task, and its report once it has been made. */
    private record Tracked(Instant since, Busy report) {
    }

    private final Duration limit;
    private final Supplier<List<Task>> tasks;
    private final Supplier<Instant> clock;
    // weak: a thread of an unloaded plugin, between two samples, must not keep its class loader
    private final Map<Thread, Tracked> tracked = new WeakHashMap<>();
    private volatile Instant lastSample;
    private volatile boolean closed;
    private volatile Cancellable nextSample;

    /**
     * @param limit how long a task may stay runnable without waiting before it is reported
     * @param tasks the plugin tasks running now
     * @param clock the instants samples are taken at
     */
    public BusyTaskWatch(Duration limit, Supplier<List<Task>> tasks, Supplier<Instant> clock) {
        this.limit = limit;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The watch when {@code limit.busy-command-warning} is {@code off}: it never finds a task busy. */
    public static BusyTaskWatch off() {
        return new BusyTaskWatch(ChronoUnit.FOREVER.getDuration(), List::of, () -> Instant.EPOCH);
    }

    /**
     * A watch that samples on {@code scheduler}'s timer until closed.
     *
     * @param limit how long a task may stay runnable without waiting before it is reported; longer than 0
     */
    public static BusyTaskWatch start(Duration limit, Supplier<List<Task>> tasks, Scheduler scheduler) {
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("the busy-task limit must be longer than 0, got " + limit);
        }
        BusyTaskWatch watch = new BusyTaskWatch(limit, tasks, scheduler::now);
        Duration tenth = limit.dividedBy(10);
        Duration every = tenth.compareTo(Duration.ofSeconds(1)) < 0 ? tenth : Duration.ofSeconds(1);
        watch.sampleEvery(every.isZero() ? limit : every, scheduler);
        return watch;
    }

    /** Samples after {@code every}, then again after each sample, until closed. */
    private void sampleEvery(Duration every, Scheduler scheduler) {
        nextSample = scheduler.schedule(every, () -> {
            if (closed) {
                return;
            }
            try {
                if (scheduler.runningTasks().running() == 0) {
                    // every task is parked or done, whatever state a thread still on its way to its
                    // park shows: on a manual clock, samples an hour apart come microseconds apart
                    forgetAll(scheduler.now());
                } else {
                    sample(scheduler.now());
                }
            } catch (RuntimeException e) {
                log.warn("The busy-task watch failed a sample", e);
            }
            sampleEvery(every, scheduler);
        });
        if (closed) {
            nextSample.cancel();
        }
    }

    /**
     * Looks at every running task once.
     *
     * @return the tasks found busy for longer than the limit at this sample, not reported before
     */
    public synchronized List<Busy> sample(Instant now) {
        lastSample = now;
        List<Busy> found = new ArrayList<>();
        Set<Thread> seen = new HashSet<>();
        for (Task task : tasks.get()) {
            Thread thread = task.thread();
            seen.add(thread);
            if (thread.getState() != Thread.State.RUNNABLE) {
                tracked.remove(thread);
                continue;
            }
            Tracked t = tracked.computeIfAbsent(thread, x -> new Tracked(now, null));
            if (t.report() == null && Duration.between(t.since(), now).compareTo(limit) > 0) {
                Busy report = new Busy(task.pluginId(), task.name(), t.since(),
                        Arrays.stream(thread.getStackTrace()).limit(STACK_DEPTH).toList());
                tracked.put(thread, new Tracked(t.since(), report));
                found.add(report);
                log.warn("Plugin {}: {} has run for more than {} without waiting; it may be spinning, and it holds"
                                + " a thread the other plugins' commands need (thread {}):{}", task.pluginId(), task.name(),
                        Durations.format(limit), thread.getName(),
                        report.stack().stream().map(frame -> "\n\tat " + frame).collect(Collectors.joining()));
            }
        }
        // a task that ended, or that was unloaded with its plugin, is no longer watched
        tracked.keySet().retainAll(seen);
        return found;
    }

    /** A sample while the bot is idle: no task is busy. */
    private synchronized void forgetAll(Instant now) {
        lastSample = now;
        tracked.clear();
    }

    /** The tasks reported busy that still are, one line each, as of the last sample. */
    public synchronized List<String> current() {
        Instant now = lastSample == null ? clock.get() : lastSample;
        return tracked.values().stream().map(Tracked::report).filter(r -> r != null)
                .sorted(java.util.Comparator.comparing(Busy::since)).map(b -> b.line(now)).toList();
    }

    @Override
    public void close() {
        closed = true;
        Cancellable next = nextSample;
        if (next != null) {
            next.cancel();
        }
    }
}
