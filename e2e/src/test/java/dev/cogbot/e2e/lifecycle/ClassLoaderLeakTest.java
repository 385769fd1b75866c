package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.testing.MachineRequirement;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unload means gone: after the real plugins have been loaded and unloaded a hundred times, no
 * plugin class loader is reachable any more, and no plugin JAR — the folder's or the host's
 * private copy — is still open. The same holds for the class loaders that reloads replace, and for
 * those of plugins that failed to start or whose new version failed and was rolled back.
 *
 * <p>Only weak references to the class loaders are kept; each is looked up in a method of its own,
 * so no cog or LoadedPlugin stays in a live local variable of the test.
 */
@ExtendWith(RealPluginsBot.class)
class ClassLoaderLeakTest {

    private static final int CYCLES = 100;
    private static final int GC_ATTEMPTS = 40;

    private LifecycleBot bot;

    @Test
    void aHundredLoadUnloadCyclesLeaveNoPluginClassLoaderBehind() throws Exception {
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        // the references themselves must stay reachable to be enqueued; what they refer to must not
        Set<Reference<ClassLoader>> loaders = new HashSet<>();

        // the loaders of the start, then those of a hundred loads
        for (String id : LifecycleBot.REAL_PLUGINS) {
            loaders.add(new WeakReference<>(classLoaderOf(id), collected));
            bot.plugins().unload(id, false);
        }
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            for (String id : LifecycleBot.REAL_PLUGINS) {
                bot.plugins().load(id);
            }
            exerciseThePlugins();
            for (String id : LifecycleBot.REAL_PLUGINS) {
                loaders.add(new WeakReference<>(classLoaderOf(id), collected));
            }
            for (String id : LifecycleBot.REAL_PLUGINS) {
                assertThat(bot.plugins().unload(id, false)).isEqualTo("unloaded " + id);
            }
        }
        bot.settle();

        assertThat(loaders).hasSize((CYCLES + 1) * LifecycleBot.REAL_PLUGINS.size());
        int left = awaitCollected(collected, loaders);
        assertThat(left).as("plugin class loaders still reachable after " + CYCLES + " unloads of "
                + LifecycleBot.REAL_PLUGINS).isZero();
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void reloadsAndFailedStartsLeaveNoPluginClassLoaderBehind() throws Exception {
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        Set<Reference<ClassLoader>> loaders = new HashSet<>();
        TestPlugins.plugin("explosive", "1.0.0").cog("""
                public final class ExplosiveCog implements Cog {
                    @Override public void onLoad(Bot bot) {
                        System.getProperties().put("%s", new java.lang.ref.WeakReference<>(getClass().getClassLoader()));
                        bot.loop(Duration.ofMinutes(1), () -> bot.changePresence(Activity.playing("zombie"))).start();
                        throw new IllegalStateException("explosive cog blew up in onLoad");
                    }
                }""".formatted(LOADER_KEY)).writeTo(bot.pluginsDir().resolve("explosive.jar"));
        TestPlugins.plugin("frozen", "1.0.0").cog("""
                public final class FrozenCog implements Cog {
                    static {
                        System.getProperties().put("%s", new java.lang.ref.WeakReference<>(FrozenCog.class.getClassLoader()));
                        if (true) {
                            throw new IllegalStateException("frozen solid");
                        }
                    }
                }""".formatted(LOADER_KEY)).writeTo(bot.pluginsDir().resolve("frozen.jar"));
        // phoenix 1 runs; its file then holds a phoenix 2 that fails, so every reload of it fails and rolls back
        TestPlugins.plugin("phoenix", "1.0.0").cog("""
                public final class PhoenixCog implements Cog {
                    @Command(name = "rise") public void rise(Context ctx) { ctx.send("phoenix 1"); }
                }""").writeTo(bot.pluginsDir().resolve("phoenix.jar"));
        bot.plugins().load("phoenix");
        TestPlugins.plugin("phoenix", "2.0.0").cog("""
                public final class PhoenixCog implements Cog {
                    @Override public void onLoad(Bot bot) {
                        System.getProperties().put("%s", new java.lang.ref.WeakReference<>(getClass().getClassLoader()));
                        throw new IllegalStateException("phoenix 2 burns");
                    }
                }""".formatted(LOADER_KEY)).writeTo(bot.pluginsDir().resolve("phoenix.jar"));

        for (int round = 0; round < 30; round++) {
            for (String id : LifecycleBot.REAL_PLUGINS) {
                loaders.add(new WeakReference<>(classLoaderOf(id), collected));
                bot.plugins().reload(id);
            }
            exerciseThePlugins();
            for (String failing : List.of("explosive.jar", "frozen.jar")) {
                assertThat(catchFailure(() -> bot.plugins().load(failing))).contains("failed to start");
                loaders.add(new WeakReference<>(loaderLeftBehindByAFailedStart(), collected));
            }
            loaders.add(new WeakReference<>(classLoaderOf("phoenix"), collected));
            assertThat(catchFailure(() -> bot.plugins().reload("phoenix"))).contains("version 1.0.0 is back in service");
            loaders.add(new WeakReference<>(loaderLeftBehindByAFailedStart(), collected));
            assertThat(LifecycleBot.botSaid(bot.type("!rise"))).containsExactly("phoenix 1");
        }
        for (String id : List.of("jokes", "hush", "status", "phoenix")) {
            loaders.add(new WeakReference<>(classLoaderOf(id), collected));
            bot.plugins().unload(id, false);
        }
        bot.settle();

        assertThat(awaitCollected(collected, loaders)).as("plugin class loaders still reachable after reloads and failed starts")
                .isZero();
    }

    @Test
    void noPluginJarStaysOpenAfterUnload() throws Exception {
        requireOpenFileListing();
        for (int cycle = 0; cycle < 10; cycle++) {
            for (String id : LifecycleBot.REAL_PLUGINS) {
                bot.plugins().unload(id, false);
            }
            for (String id : LifecycleBot.REAL_PLUGINS) {
                bot.plugins().load(id);
            }
            exerciseThePlugins();
        }
        assertThat(openFilesUnder(bot.cacheDir())).as("open private copies while the plugins run").isNotEmpty();

        for (String id : LifecycleBot.REAL_PLUGINS) {
            bot.plugins().unload(id, false);
        }
        bot.settle();

        assertThat(openFilesUnder(bot.cacheDir())).as("open private copies after unload").isEmpty();
        assertThat(openFilesUnder(bot.pluginsDir())).as("open plugin JARs after unload").isEmpty();
        try (Stream<Path> copies = Files.list(bot.cacheDir())) {
            assertThat(copies).as("private copies left after unload").isEmpty();
        }
    }

    @Test
    void aPluginReadingItsOwnResourcesThroughUrlsLeavesNoJarOpenAfterUnload() throws Exception {
        requireOpenFileListing();
        TestPlugins.plugin("reader", "1.0.0").resource("jokes/lines.txt", "one\ntwo\n").cog("""
                public final class ReaderCog implements Cog {
                    private volatile String lines;
                    @Override public void onLoad(Bot bot) {
                        // the usual way to read a bundled file: through its URL, which the JDK caches
                        try (var in = getClass().getResource("/jokes/lines.txt").openStream()) {
                            lines = new String(in.readAllBytes());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    @Command(name = "lines") public void lines(Context ctx) { ctx.send(String.join(",", lines.lines().toList())); }
                }""").writeTo(bot.pluginsDir().resolve("reader.jar"));
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        Set<Reference<ClassLoader>> loaders = new HashSet<>();

        for (int cycle = 0; cycle < 5; cycle++) {
            bot.plugins().load("reader");
            assertThat(LifecycleBot.botSaid(bot.type("!lines"))).containsExactly("one,two");
            loaders.add(new WeakReference<>(classLoaderOf("reader"), collected));
            bot.plugins().unload("reader", false);
        }
        bot.settle();

        assertThat(openFilesUnder(bot.cacheDir())).as("open private copies of reader.jar after unload")
                .noneMatch(f -> f.contains("reader"));
        assertThat(awaitCollected(collected, loaders)).as("reader's class loaders still reachable").isZero();
    }

    /** Makes each plugin do its thing, so its classes are really used: jokes counted, hush waited, presence set. */
    private void exerciseThePlugins() {
        bot.type("!lightbulb");
        bot.type("!knock_knock");
        bot.type("!hush 1m");
        bot.advance(Duration.ofMinutes(1));
    }

    private static final String LOADER_KEY = "cogbot.test.failed-plugin-loader";

    /** The class loader a failed test plugin announced (weakly) before it failed. */
    @SuppressWarnings("unchecked")
    private static ClassLoader loaderLeftBehindByAFailedStart() {
        var announced = (Reference<ClassLoader>) System.getProperties().remove(LOADER_KEY);
        assertThat(announced).as("the failing plugin's class loader").isNotNull();
        return announced.get();
    }

    private static String catchFailure(Runnable operation) {
        try {
            operation.run();
            return "no failure";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** A cog's class loader, found without leaving anything of the plugin in a variable of the caller. */
    private ClassLoader classLoaderOf(String pluginId) {
        ClassLoader loader = bot.runtime().plugin(pluginId).orElseThrow().cogs().getFirst().cog().getClass().getClassLoader();
        assertThat(loader).as(pluginId + "'s class loader").isNotSameAs(getClass().getClassLoader());
        return loader;
    }

    /**
     * Collects garbage until every reference has been cleared, or {@link #GC_ATTEMPTS} collections
     * have not done it; waits for each collection's clearing on the queue, with a timeout.
     *
     * @return how many class loaders are still reachable
     */
    static int awaitCollected(ReferenceQueue<ClassLoader> queue, Set<Reference<ClassLoader>> loaders)
            throws InterruptedException {
        Set<Reference<ClassLoader>> waiting = new HashSet<>(loaders);
        for (int attempt = 0; attempt < GC_ATTEMPTS && !waiting.isEmpty(); attempt++) {
            System.gc();
            Reference<? extends ClassLoader> cleared = queue.remove(250);
            while (cleared != null) {
                waiting.remove(cleared);
                cleared = queue.poll();
            }
            waiting.removeIf(r -> r.refersTo(null));
        }
        return waiting.size();
    }

    /** What this process has open under {@code dir}, from /proc/self/fd. */
    private static List<String> openFilesUnder(Path dir) throws IOException {
        Path real = dir.toRealPath();
        List<String> open = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith(real.toString() + "/") || target.startsWith(dir.toAbsolutePath() + "/")) {
                        open.add(target);
                    }
                } catch (IOException closedMeanwhile) {
                    // the fd was closed between listing and reading: not open
                }
            }
        }
        return open;
    }

    private static void requireOpenFileListing() {
        MachineRequirement.require(Files.isDirectory(Path.of("/proc/self/fd")), "Linux's /proc/self/fd, to see open files");
    }
}
