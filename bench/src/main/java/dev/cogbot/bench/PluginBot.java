package dev.cogbot.bench;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The whole bot as {@code cogbot run} assembles it ({@link CogbotApp}: PF4J, the plugins folder and
 * its watcher, the control socket, H2) with the real plugin JARs from the build, in a temporary
 * home, on a {@link ManualTime} clock, an in-memory H2 database and a {@link CountingTransport}
 * that only counts. What the reload and leak harnesses drive.
 *
 * <p>The JARs come from {@code bench/target/plugins}, where the build copies them (another folder
 * with {@code -Dcogbot.bench.plugins=DIR}). The jokes plugin's classes are on the benchmark's class
 * path too (the conversations harness uses them directly), but PF4J loads a plugin's own classes
 * from its JAR first, so each load gets fresh classes: {@link #jokesClassLoader()} checks it.
 */
public final class PluginBot implements AutoCloseable {

    public static final String JOKES = "jokes";
    private static final ChannelRef CHANNEL = ChannelRef.dm("bench", "bench");
    private static final dev.cogbot.api.User USER = new dev.cogbot.api.User("alice", "alice", false);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path home;
    private final CountingTransport transport = new CountingTransport();
    private final ManualTime time = new ManualTime();
    private final CogbotApp app;
    private long messages;

    private PluginBot(Path home) {
        this.home = home;
        BotConfig config = NoCommandLimits.config(BotConfig.empty()
                .withOverride("jdbc-url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        app = CogbotApp.start(BotPaths.under(home), config, time, () -> transport);
        settle();
    }

    /** A bot in a new temporary home with the three real plugins (jokes, hush, status). */
    public static PluginBot start() {
        Path home;
        try {
            home = Files.createTempDirectory("cogbot-bench-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyRealPlugins(home.resolve("plugins"));
        try {
            return new PluginBot(home);
        } catch (RuntimeException | Error e) {
            deleteTree(home);
            throw e;
        }
    }

    /** Where the build put the real plugin JARs. */
    public static Path builtPlugins() {
        return Path.of(System.getProperty("cogbot.bench.plugins", "bench/target/plugins"));
    }

    static void copyRealPlugins(Path target) {
        Path built = builtPlugins();
        try (Stream<Path> jars = Files.list(built)) {
            List<Path> found = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (found.stream().noneMatch(p -> p.getFileName().toString().startsWith(JOKES + "-"))) {
                throw new IllegalStateException("no jokes plugin JAR in " + built.toAbsolutePath()
                        + "; build the bench module first (./mvnw -pl bench -am package)");
            }
            Files.createDirectories(target);
            for (Path jar : found) {
                Files.copy(jar, target.resolve(jar.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin JARs from the build are missing in " + built.toAbsolutePath()
                    + " (build the bench module first): " + e.getMessage(), e);
        }
    }

    public PluginHost plugins() {
        return app.plugins();
    }

    public CogbotApp app() {
        return app;
    }

    /** Lets every task the bot started finish (the clock does not move). */
    public void settle() {
        time.advance(Duration.ZERO);
        app.runtime().scheduler().runningTasks().awaitIdle(PATIENCE);
    }

    /**
     * Says {@code !lightbulb} and waits for the joke: the plugin loaded now answers.
     *
     * @throws IllegalStateException if no reply comes
     */
    public String lightbulb() {
        CompletableFuture<String> reply = transport.expectSend();
        app.runtime().onMessage(new IncomingMessage(Long.toString(++messages), CHANNEL, USER, "!lightbulb"));
        try {
            String text = reply.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            settle(); // the after-invoke hook counts the joke in the store
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("!lightbulb got no reply: " + e, e);
        }
    }

    /**
     * The class loader of the jokes plugin's cog as loaded now; checked to be PF4J's for this plugin
     * and not the application's. Call it from a method of its own so no cog stays in a local variable.
     */
    public ClassLoader jokesClassLoader() {
        ClassLoader loader = app.runtime().plugin(JOKES).orElseThrow(() -> new IllegalStateException("jokes is not loaded"))
                .cogs().getFirst().cog().getClass().getClassLoader();
        if (loader == PluginBot.class.getClassLoader() || !(loader instanceof org.pf4j.PluginClassLoader)) {
            throw new IllegalStateException("the jokes cog came from " + loader + ", not from a PF4J plugin class loader");
        }
        return loader;
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            deleteTree(home);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: leave what cannot be deleted
        }
    }
}
