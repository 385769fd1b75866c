package dev.cogbot.e2e.lifecycle;

import dev.cogbot.e2e.ConsoleKeyboard;
import dev.cogbot.e2e.ConsoleScreen;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.control.ControlClient;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.control.ControlResponse;
import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.console.ConsoleTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The real bot — PF4J, the plugin JARs from the build, H2 — on a scripted console the test types
 * into and reads from, on a {@link ManualTime} clock the test moves, with the bot's log captured.
 * Like the e2e package's ConsoleSession, but the config is the test's to set (a short
 * {@code unload-grace}, the folder's quiet period) and the clock and log are reachable. Nothing
 * sleeps: waiting for output blocks on a condition signalled by each printed line.
 *
 * <p>Unless a test says otherwise, the plugins folder's quiet period is a century, so moving the
 * clock by hours never makes the folder watcher act on a JAR the test replaced by hand.
 */
final class LifecycleBot implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String VERSION = "0.1.0-SNAPSHOT";
    static final List<String> REAL_PLUGINS = List.of("jokes", "hush", "status");

    private final Path home;
    private final ConsoleKeyboard keyboard = new ConsoleKeyboard(PATIENCE);
    private final ConsoleScreen screen = keyboard.screen();
    private final ManualTime time;
    private final LogLines log = new LogLines();
    private final CogbotApp app;

    private LifecycleBot(Path home, BotConfig config, Instant clockAt, CogbotApp.Options options) {
        this.home = home;
        this.time = new ManualTime(clockAt);
        try {
            this.app = CogbotApp.start(BotPaths.under(home), config, time,
                    () -> new ConsoleTransport(keyboard.input(), keyboard.output(), "alice", false),
                    options);
        } catch (RuntimeException | Error e) {
            log.close();
            throw e;
        }
        settle();
    }

    /** A bot in {@code home} with the three real plugins (copied there unless {@code home/plugins} exists). */
    static LifecycleBot start(Path home) {
        return start(home, config -> config);
    }

    /** As {@link #start(Path)}, with settings of the test's on top of the defaults described above. */
    static LifecycleBot start(Path home, UnaryOperator<BotConfig> settings) {
        return start(home, settings, new ManualTime().now());
    }

    /** As {@link #start(Path, UnaryOperator)}, its clock starting at {@code clockAt}: a restart some time later. */
    static LifecycleBot start(Path home, UnaryOperator<BotConfig> settings, Instant clockAt) {
        return start(home, settings, clockAt, CogbotApp.Options.NONE);
    }

    /** As {@link #start(Path)}, run as {@code cogbot run} would with {@code options} (dev mode, say). */
    static LifecycleBot start(Path home, CogbotApp.Options options) {
        return start(home, config -> config, new ManualTime().now(), options);
    }

    private static LifecycleBot start(Path home, UnaryOperator<BotConfig> settings, Instant clockAt,
                                      CogbotApp.Options options) {
        Path plugins = home.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            copyRealPlugins(plugins);
        }
        BotConfig config = BotConfig.empty()
                .withOverride("jdbc-url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withOverride("plugin-folder-settle", "36500d");
        return new LifecycleBot(home, settings.apply(config), clockAt, options);
    }

    /** The real plugin JARs from the build, copied into {@code target}. */
    static void copyRealPlugins(Path target) {
        try {
            Files.createDirectories(target);
            for (String id : REAL_PLUGINS) {
                Files.copy(realJar(id), target.resolve(realJarName(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin JARs from the build are missing: " + e.getMessage(), e);
        }
    }

    /** Where the build put the real plugin {@code id}'s JAR. */
    static Path realJar(String id) {
        Path built = Path.of(System.getProperty("cogbot.test.plugins", "target/plugins"));
        return built.resolve(realJarName(id));
    }

    static String realJarName(String id) {
        return id + "-" + VERSION + ".jar";
    }

    CogbotApp app() {
        return app;
    }

    PluginHost plugins() {
        return app.plugins();
    }

    BotRuntime runtime() {
        return app.runtime();
    }

    PluginFolderWatcher folderWatcher() {
        return app.folderWatcher();
    }

    ManualTime time() {
        return time;
    }

    LogLines log() {
        return log;
    }

    Path pluginsDir() {
        return home.resolve("plugins");
    }

    /** Sends {@code request} over the bot's control channel, as the {@code cogbot} command line does. */
    ControlResponse control(ControlRequest request) {
        try {
            return new ControlClient(home.resolve("data")).send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.cogbot.runtime.control.BotNotRunningException e) {
            throw new AssertionError("the bot's control channel is not answering: " + e.getMessage(), e);
        }
    }

    Path cacheDir() {
        return home.resolve("data").resolve("plugin-cache");
    }

    /**
     * Types {@code line} as the owner, then waits until the bot has handled it and gone idle.
     *
     * @return the lines printed meanwhile, the echo of {@code line} included
     */
    List<String> type(String line) {
        return keyboard.type(line);
    }

    /** Types {@code line} as {@code user}, who is not an owner; returns the lines printed meanwhile, the echo included. */
    List<String> typeAs(String user, String line) {
        type("/as " + user);
        List<String> lines = type(line);
        type("/as");
        return lines;
    }

    /** Moves the clock, letting every timer due fire; returns the lines printed meanwhile. */
    List<String> advance(Duration amount) {
        int mark = screen.lineCount();
        time.advance(amount);
        return screen.linesFrom(mark);
    }

    /** Waits until the bot is idle without moving the clock; returns the lines printed meanwhile. */
    List<String> settle() {
        return advance(Duration.ZERO);
    }

    /** Runs {@code action} (an operation on the host, say), lets the bot go idle, and returns what it printed. */
    List<String> printedDuring(Runnable action) {
        int mark = screen.lineCount();
        action.run();
        time.advance(Duration.ZERO);
        return screen.linesFrom(mark);
    }

    /**
     * Makes a change in the plugins folder and lets the watcher act on it: waits (in real time,
     * on a condition) until the watcher has noticed, then moves the bot's clock past the quiet
     * period.
     */
    List<String> changeFolder(Duration settle, FolderChange change) throws Exception {
        long before = folderWatcher().noticed();
        change.apply(pluginsDir());
        awaitNoticed(before);
        awaitEventsHandled();
        return advance(settle);
    }

    private int markers;

    /**
     * Waits until the watcher has handled every event of the changes made so far: the file system
     * reports them late, and one handled while the clock moves would rightly restart the quiet
     * period. Events come in order, so a marker file (not a JAR) written now, once seen, says so.
     */
    void awaitEventsHandled() throws Exception {
        String marker = ".events-handled-" + (++markers);
        Files.writeString(pluginsDir().resolve(marker), "");
        if (!folderWatcher().awaitSeen(marker, PATIENCE)) {
            throw new AssertionError("the folder watcher did not see " + marker + " within " + PATIENCE);
        }
        Files.delete(pluginsDir().resolve(marker));
    }

    /** Waits until the folder watcher has noticed more than {@code before} changes. */
    void awaitNoticed(long before) throws InterruptedException {
        long now = folderWatcher().awaitNoticed(before, PATIENCE);
        if (now <= before) {
            throw new AssertionError("the folder watcher noticed nothing within " + PATIENCE);
        }
    }

    @FunctionalInterface
    interface FolderChange {
        void apply(Path pluginsDir) throws Exception;
    }

    /** What happened in the channel, without the status plugin's presence updates and console notes. */
    static List<String> chat(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("#")).toList();
    }

    /** The bot's replies in the channel, without the prefix. */
    static List<String> botSaid(List<String> lines) {
        String head = "#general <cogbot> ";
        return lines.stream().filter(l -> l.startsWith(head)).map(l -> l.substring(head.length())).toList();
    }

    /** Presence updates. */
    static List<String> presence(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("cogbot is now ")).toList();
    }

    /** Waits (on a condition, bounded) until a line {@code wanted} has been printed since the start. */
    void awaitLine(java.util.function.Predicate<String> wanted) {
        screen.await(0, wanted);
    }

    /** The lines printed so far. */
    List<String> screen() {
        return screen.linesFrom(0);
    }

    /** Whether the bot has stopped by itself (after the end of its input, say), waiting at most {@code max} real time. */
    boolean stopsWithin(Duration max) throws InterruptedException {
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                app.awaitTermination();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        boolean stopped = waiter.join(max);
        waiter.interrupt();
        return stopped;
    }

    /** Ends the console's input, as at the end of a script: the bot finishes what it does and closes itself. */
    void endInput() {
        keyboard.close();
    }

    @Override
    public void close() {
        try {
            keyboard.close();
            app.close();
        } finally {
            log.close();
        }
    }
}
