package dev.cogbot.e2e;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.console.ConsoleTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real bot — plugin JARs from the build, PF4J, H2 — on a scripted console whose input the test
 * types and whose output it reads, on a clock the test moves. Waiting for output blocks on a
 * condition signalled by each printed line; nothing sleeps.
 */
final class ConsoleSession implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ConsoleKeyboard keyboard = new ConsoleKeyboard(PATIENCE);
    private final ManualTime time = new ManualTime();
    private final CogbotApp app;
    private final Path home;
    private int markers;

    /** A bot in {@code home} (plugins/, data/) keeping its state in the database at {@code jdbcUrl}, or in data/ if null. */
    ConsoleSession(Path home, String jdbcUrl) {
        this.home = home;
        if (!Files.isDirectory(home.resolve("plugins"))) {
            copyPluginJars(home.resolve("plugins"));
        }
        BotConfig config = jdbcUrl == null ? BotConfig.empty() : BotConfig.empty().withOverride("jdbc-url", jdbcUrl);
        this.app = CogbotApp.start(BotPaths.under(home), config, time,
                () -> new ConsoleTransport(keyboard.input(), keyboard.output(), "alice", false));
        // plugins start things of their own (status's first update): let them settle before the first line
        app.runtime().scheduler().runningTasks().awaitIdle(PATIENCE);
    }

    static void copyPluginJars(Path target) {
        PluginJars.copyTo(target);
    }

    CogbotApp app() {
        return app;
    }

    /**
     * Types {@code line}, then waits until the bot has handled it and gone idle.
     *
     * @return the lines printed meanwhile, the echo of {@code line} included
     */
    List<String> type(String line) {
        return keyboard.type(line);
    }

    /** Moves the clock, letting every timer due fire; returns the lines printed meanwhile. */
    List<String> advance(Duration amount) {
        int mark = keyboard.screen().lineCount();
        time.advance(amount);
        return keyboard.screen().linesFrom(mark);
    }

    /**
     * Copies {@code jar} into the running bot's plugins folder, as an operator would, and returns
     * once the folder watcher has handled it (the file system's events are late: a marker file
     * written after it is seen last) and its quiet period has passed on the bot's clock.
     */
    void dropIntoPlugins(Path jar) throws IOException, InterruptedException {
        PluginFolderWatcher watcher = app.folderWatcher();
        long before = watcher.noticed();
        Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));
        if (watcher.awaitNoticed(before, PATIENCE) <= before) {
            throw new AssertionError("the bot did not notice " + jar.getFileName() + " in its plugins folder");
        }
        String marker = ".events-handled-" + (++markers);
        Files.writeString(home.resolve("plugins").resolve(marker), "");
        if (!watcher.awaitSeen(marker, PATIENCE)) {
            throw new AssertionError("the bot's folder watcher did not catch up within " + PATIENCE);
        }
        advance(PluginFolderWatcher.DEFAULT_SETTLE);
        app.runtime().scheduler().runningTasks().awaitIdle(PATIENCE);
    }

    /** Ends the input, as at the end of a piped script; returns once the bot has stopped. */
    void endInput() throws InterruptedException {
        keyboard.close();
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                app.awaitTermination();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!waiter.join(PATIENCE)) {
            throw new AssertionError("the bot did not stop after its input ended");
        }
    }

    List<String> screen() {
        return keyboard.screen().linesFrom(0);
    }

    @Override
    public void close() {
        keyboard.close();
        app.close();
    }
}
