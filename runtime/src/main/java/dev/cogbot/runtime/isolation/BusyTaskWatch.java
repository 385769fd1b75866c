package dev.cogbot.runtime.isolation;

import dev.cogbot.api.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * <p>{@link #start} samples on a daemon platform thread of its own, once a second or more often
 * for a short limit; the instants come from the clock given, so a test can call {@code sample}
 * itself with the instants it wants.
 *
 * <pre>{@code
 * BusyTaskWatch busy = BusyTaskWatch.start(Duration.ofSeconds(10), runtime::pluginTasks, scheduler::now);
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
    private final Map<Thread, Tracked> tracked = new HashMap<>();
    private volatile Instant lastSample;
    private volatile Thread sampler;

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

    /** A watch that samples on a daemon platform thread of its own until closed. */
    public static BusyTaskWatch start(Duration limit, Supplier<List<Task>> tasks, Supplier<Instant> clock) {
        BusyTaskWatch watch = new BusyTaskWatch(limit, tasks, clock);
        Duration period = limit.dividedBy(10).compareTo(Duration.ofSeconds(1)) < 0
                ? limit.dividedBy(10) : Duration.ofSeconds(1);
        Duration every = period.isZero() ? Duration.ofMillis(1) : period;
        watch.sampler = Thread.ofPlatform().daemon().name("cogbot-busy-watch").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(every);
                    watch.sample(clock.get());
                } catch (InterruptedException closed) {
                    return;
                } catch (RuntimeException e) {
                    log.warn("The busy-task watch failed a sample", e);
                }
            }
        });
        return watch;
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

    /** The tasks reported busy that still are, one line each, as of the last sample. */
    public synchronized List<String> current() {
        Instant now = lastSample == null ? clock.get() : lastSample;
        return tracked.values().stream().map(Tracked::report).filter(r -> r != null)
                .sorted(java.util.Comparator.comparing(Busy::since)).map(b -> b.line(now)).toList();
    }

    @Override
    public void close() {
        Thread running = sampler;
        if (running != null) {
            running.interrupt();
        }
    }
}
