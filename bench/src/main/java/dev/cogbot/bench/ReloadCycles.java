package dev.cogbot.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Goal 4a: how long one reload of a plugin takes. The whole bot ({@link PluginBot}: CogbotApp,
 * PF4J, the three real plugin JARs) reloads the real {@code jokes} plugin through
 * {@code PluginHost.reload("jokes")}, which is what {@code cogbot reload jokes}, {@code !reload jokes}
 * and the folder watcher all call: stop the plugin (its commands go, onUnload, its threads are
 * cancelled), unload it from PF4J (class loader closed, private copy deleted), then read the JAR
 * again, copy it, load it in a new class loader, start it and install its cog.
 *
 * <p>Each operation is timed on its own with {@code System.nanoTime()}; after each one (untimed)
 * the bot is asked {@code !lightbulb}, which must be answered by the plugin just loaded. Then the
 * same with unload and load as two calls ({@code PluginHost.unload}, {@code PluginHost.load}),
 * timed separately: these also record the owner's choice in the data folder.
 *
 * <pre>{@code java -Xms512m -Xmx512m -cp bench/target/benchmarks.jar dev.cogbot.bench.ReloadCycles [--warm-up N] [--cycles N]}</pre>
 *
 * A harness rather than JMH: one operation takes milliseconds, so timer resolution and dead-code
 * elimination are no concern, while the first (cold) reload of the JVM, the split into unload and
 * load and a functional check after every cycle are things JMH would hide or not do.
 */
public final class ReloadCycles {

    /** Timings in nanoseconds. */
    public record Result(long firstReloadNanos, Samples reloads, Samples unloads, Samples loads, Samples unloadPlusLoad,
                         long gcCount, long gcMillis) {
    }

    private ReloadCycles() {
    }

    public static void main(String[] args) {
        int warmUp = 200;
        int cycles = 1_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i].replace("_", ""));
                case "--cycles" -> cycles = Integer.parseInt(args[++i].replace("_", ""));
                default -> {
                    System.err.println("usage: ReloadCycles [--warm-up N] [--cycles N]");
                    System.exit(2);
                }
            }
        }
        run(warmUp, cycles, System.out);
    }

    public static Result run(int warmUp, int cycles, PrintStream out) {
        out.printf(Locale.ROOT, "reload of the real jokes plugin: %,d warm-up cycles, %,d measured; %d CPUs; %s; max heap %,d MiB%n",
                warmUp, cycles, Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20);
        try (PluginBot bot = PluginBot.start()) {
            bot.lightbulb();
            ClassLoader[] previous = {bot.jokesClassLoader()};

            // the first reload of this JVM: PF4J's and the runtime's unload and load paths run cold
            long firstReload = timedReload(bot);
            check(bot, previous);
            out.printf(Locale.ROOT, "  first reload in this JVM:  %.2f ms%n", Samples.ms(firstReload));

            for (int i = 0; i < warmUp; i++) {
                timedReload(bot);
                check(bot, previous);
            }
            long[] gcBefore = Samples.gcCountAndMillis();
            Samples reloads = new Samples(cycles);
            for (int i = 0; i < cycles; i++) {
                reloads.add(timedReload(bot));
                check(bot, previous);
            }
            long[] gcAfterReloads = Samples.gcCountAndMillis();
            out.printf(Locale.ROOT, "  reload (stop, unload, load, start):    %s%n", reloads.millis());
            out.printf(Locale.ROOT, "      GC meanwhile: %d collections, %d ms in all%n",
                    gcAfterReloads[0] - gcBefore[0], gcAfterReloads[1] - gcBefore[1]);

            for (int i = 0; i < warmUp; i++) {
                unloadThenLoad(bot, null, null, null);
                check(bot, previous);
            }
            Samples unloads = new Samples(cycles);
            Samples loads = new Samples(cycles);
            Samples both = new Samples(cycles);
            long[] gcBeforePairs = Samples.gcCountAndMillis();
            for (int i = 0; i < cycles; i++) {
                unloadThenLoad(bot, unloads, loads, both);
                check(bot, previous);
            }
            long[] gcAfterPairs = Samples.gcCountAndMillis();
            out.printf(Locale.ROOT, "  unload (PluginHost.unload):            %s%n", unloads.millis());
            out.printf(Locale.ROOT, "  load (PluginHost.load):                %s%n", loads.millis());
            out.printf(Locale.ROOT, "  unload + load:                         %s%n", both.millis());
            out.printf(Locale.ROOT, "      GC meanwhile: %d collections, %d ms in all%n",
                    gcAfterPairs[0] - gcBeforePairs[0], gcAfterPairs[1] - gcBeforePairs[1]);
            out.println("OK: every cycle gave a new class loader and the reloaded plugin answered !lightbulb");
            return new Result(firstReload, reloads, unloads, loads, both,
                    gcAfterReloads[0] - gcBefore[0] + gcAfterPairs[0] - gcBeforePairs[0],
                    gcAfterReloads[1] - gcBefore[1] + gcAfterPairs[1] - gcBeforePairs[1]);
        }
    }

    private static long timedReload(PluginBot bot) {
        long start = System.nanoTime();
        String line = bot.plugins().reload(PluginBot.JOKES);
        long nanos = System.nanoTime() - start;
        if (!line.startsWith("reloaded jokes")) {
            throw new IllegalStateException("unexpected answer to the reload: " + line);
        }
        return nanos;
    }

    private static void unloadThenLoad(PluginBot bot, Samples unloads, Samples loads, Samples both) {
        long start = System.nanoTime();
        String unloaded = bot.plugins().unload(PluginBot.JOKES, false);
        long between = System.nanoTime();
        String loaded = bot.plugins().load(PluginBot.JOKES);
        long end = System.nanoTime();
        if (!unloaded.equals("unloaded jokes") || !loaded.startsWith("loaded jokes")) {
            throw new IllegalStateException("unexpected answers: " + unloaded + " / " + loaded);
        }
        if (unloads != null) {
            unloads.add(between - start);
            loads.add(end - between);
            both.add(end - start);
        }
    }

    /** The plugin answers, from a class loader other than the last cycle's. */
    private static void check(PluginBot bot, ClassLoader[] previous) {
        bot.lightbulb();
        ClassLoader now = bot.jokesClassLoader();
        if (now == previous[0]) {
            throw new IllegalStateException("the cycle kept the same class loader");
        }
        previous[0] = now;
    }
}
