package dev.cogbot.bench;

import java.io.PrintStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Goal 4b: a thousand unload/load cycles of the real {@code jokes} plugin in the whole bot
 * ({@link PluginBot}) leave no plugin class loader behind, and the JVM's loaded-class count and
 * Metaspace stay flat. Each cycle is {@code PluginHost.unload("jokes")}, {@code PluginHost.load("jokes")},
 * then {@code !lightbulb} answered by the new plugin (so its command has run through the
 * dispatcher). A weak reference to every plugin class loader is kept, and nothing else.
 *
 * <p>Figures are taken after two full GCs ({@code System.gc()}, which unloads classes under G1)
 * at three points: at the start (jokes loaded once), after {@code --warm-up} cycles (every path has run
 * once, so the JVM's own classes are loaded), and after the cycles, jokes loaded in each case.
 * Flat means the last equals the second. Then every class loader but the one in use must be
 * collected, and after a last unload that one too.
 *
 * <pre>{@code java -Xms512m -Xmx512m -cp bench/target/benchmarks.jar dev.cogbot.bench.PluginLeak [--cycles N] [--warm-up N]}</pre>
 *
 * Run it with {@code -XX:MaxMetaspaceSize=...} to make a leak fail loudly as well.
 */
public final class PluginLeak {

    private static final int GC_ATTEMPTS = 40;

    /** The JVM's class and Metaspace figures after a full GC. */
    public record Snapshot(String when, int loadedClasses, long totalLoaded, long unloaded, long metaspaceUsed,
                           long metaspaceCommitted, long classSpaceUsed, long heapUsed) {
    }

    public record Result(int cycles, List<Snapshot> snapshots, int loaders, int survivorsWhileLoaded,
                         int survivorsAfterUnload, Samples cycleTimes) {
        public boolean leakFree() {
            return survivorsWhileLoaded == 0 && survivorsAfterUnload == 0;
        }
    }

    private PluginLeak() {
    }

    public static void main(String[] args) {
        int cycles = 1_000;
        int warmUp = 20;
        int every = 250;
        boolean metaspaceReport = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cycles" -> cycles = Integer.parseInt(args[++i].replace("_", ""));
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i].replace("_", ""));
                case "--every" -> every = Integer.parseInt(args[++i].replace("_", ""));
                case "--metaspace-report" -> metaspaceReport = true;
                default -> {
                    System.err.println("usage: PluginLeak [--cycles N] [--warm-up N] [--every N] [--metaspace-report]");
                    System.exit(2);
                }
            }
        }
        Result result = run(warmUp, cycles, every, metaspaceReport, System.out);
        System.exit(result.leakFree() ? 0 : 1);
    }

    /**
     * @param every            a snapshot every this many cycles too (0: none between)
     * @param metaspaceReport  print the JVM's {@code VM.metaspace} report after the cycles
     */
    public static Result run(int warmUp, int cycles, int every, boolean metaspaceReport, PrintStream out) {
        out.printf(Locale.ROOT, "%,d unload/load cycles of the real jokes plugin (after %d warm-up cycles); %d CPUs; %s%n",
                cycles, warmUp, Runtime.getRuntime().availableProcessors(), Runtime.version());
        ReferenceQueue<ClassLoader> queue = new ReferenceQueue<>();
        // the references must stay reachable to be cleared and enqueued; what they refer to must not
        Set<Reference<ClassLoader>> loaders = new HashSet<>();
        List<Snapshot> snapshots = new ArrayList<>();
        Samples cycleTimes = new Samples(cycles);
        int survivorsWhileLoaded;
        int survivorsAfterUnload;
        try (PluginBot bot = PluginBot.start()) {
            bot.lightbulb();
            loaders.add(new WeakReference<>(bot.jokesClassLoader(), queue));
            snapshots.add(snapshot("start: jokes loaded once"));
            for (int i = 0; i < warmUp; i++) {
                cycle(bot, loaders, queue);
            }
            snapshots.add(snapshot("after " + warmUp + " warm-up cycles"));
            for (int i = 1; i <= cycles; i++) {
                long start = System.nanoTime();
                cycle(bot, loaders, queue);
                cycleTimes.add(System.nanoTime() - start);
                if (every > 0 && i % every == 0 && i < cycles) {
                    snapshots.add(snapshot(String.format(Locale.ROOT, "  … after %,d cycles", i)));
                }
            }
            snapshots.add(snapshot("after " + String.format(Locale.ROOT, "%,d", cycles) + " more cycles"));
            if (metaspaceReport) {
                out.println(vmMetaspace());
            }
            Reference<ClassLoader> current = new WeakReference<>(bot.jokesClassLoader());
            survivorsWhileLoaded = survivors(queue, loaders, current);

            bot.plugins().unload(PluginBot.JOKES, false);
            bot.settle();
            survivorsAfterUnload = survivors(queue, loaders, null);
            snapshots.add(snapshot("after the last unload"));
        }
        Result result = new Result(cycles, snapshots, loaders.size(), survivorsWhileLoaded, survivorsAfterUnload,
                cycleTimes);
        report(out, result);
        return result;
    }

    /** Unload, load, one joke; keeps only a weak reference to the new class loader. */
    private static void cycle(PluginBot bot, Set<Reference<ClassLoader>> loaders, ReferenceQueue<ClassLoader> queue) {
        bot.plugins().unload(PluginBot.JOKES, false);
        bot.plugins().load(PluginBot.JOKES);
        bot.lightbulb();
        loaders.add(new WeakReference<>(bot.jokesClassLoader(), queue));
    }

    /**
     * Collects garbage until every reference but {@code current}'s loader has been cleared, or
     * {@link #GC_ATTEMPTS} collections have not done it.
     *
     * @return how many plugin class loaders other than the one in use are still reachable
     */
    private static int survivors(ReferenceQueue<ClassLoader> queue, Set<Reference<ClassLoader>> loaders,
                                 Reference<ClassLoader> current) {
        Set<Reference<ClassLoader>> waiting = new HashSet<>(loaders);
        waiting.removeIf(r -> current != null && !current.refersTo(null) && r.refersTo(current.get()));
        for (int attempt = 0; attempt < GC_ATTEMPTS && !waiting.isEmpty(); attempt++) {
            System.gc();
            try {
                Reference<? extends ClassLoader> cleared = queue.remove(100);
                while (cleared != null) {
                    waiting.remove(cleared);
                    cleared = queue.poll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            waiting.removeIf(r -> r.refersTo(null));
        }
        return waiting.size();
    }

    private static Snapshot snapshot(String when) {
        System.gc(); // a full collection under G1, which unloads the classes of unreachable loaders
        System.gc();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long metaUsed = 0;
        long metaCommitted = 0;
        long classSpace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                metaUsed = pool.getUsage().getUsed();
                metaCommitted = pool.getUsage().getCommitted();
            } else if (pool.getName().equals("Compressed Class Space")) {
                classSpace = pool.getUsage().getUsed();
            }
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Snapshot(when, classes.getLoadedClassCount(), classes.getTotalLoadedClassCount(),
                classes.getUnloadedClassCount(), metaUsed, metaCommitted, classSpace, heap);
    }

    private static void report(PrintStream out, Result r) {
        out.printf(Locale.ROOT, "  %-32s %14s %13s %11s %15s %15s %12s %10s%n", "after a full GC", "loaded classes",
                "total loaded", "unloaded", "Metaspace used", "(committed)", "class space", "heap used");
        for (Snapshot s : r.snapshots()) {
            out.printf(Locale.ROOT, "  %-32s %,14d %,13d %,11d %11.2f MiB %11.2f MiB %8.2f MiB %6.1f MiB%n", s.when(),
                    s.loadedClasses(), s.totalLoaded(), s.unloaded(), mib(s.metaspaceUsed()),
                    mib(s.metaspaceCommitted()), mib(s.classSpaceUsed()), mib(s.heapUsed()));
        }
        Snapshot warm = r.snapshots().get(1);
        Snapshot end = r.snapshots().get(r.snapshots().size() - 2);
        int classesPerLoad = r.cycles() == 0 ? 0 : (int) ((end.totalLoaded() - warm.totalLoaded()) / r.cycles());
        out.printf(Locale.ROOT, "  over the %,d cycles: loaded classes %+,d, Metaspace used %+.2f MiB; about %d classes loaded"
                + " (and unloaded) per cycle%n", r.cycles(), end.loadedClasses() - warm.loadedClasses(),
                mib(end.metaspaceUsed() - warm.metaspaceUsed()), classesPerLoad);
        out.printf(Locale.ROOT, "  one cycle (unload, load, !lightbulb): %s%n", r.cycleTimes().millis());
        out.printf(Locale.ROOT, "  plugin class loaders made: %,d; still reachable: %d besides the one in use, %d after the last unload%n",
                r.loaders(), r.survivorsWhileLoaded(), r.survivorsAfterUnload());
        out.println(r.leakFree() ? "OK: no plugin class loader retained" : "FAILED: plugin class loaders retained");
    }

    /** The output of {@code jcmd <pid> VM.metaspace}, asked of this JVM. */
    private static String vmMetaspace() {
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            var name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            return (String) server.invoke(name, "vmMetaspace", new Object[] {new String[] {"show-loaders"}},
                    new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            return "(no VM.metaspace report: " + e + ")";
        }
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
