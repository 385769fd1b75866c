package dev.cogbot.e2e;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.console.ConsoleTransport;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ConsoleScreen screen = new ConsoleScreen(PATIENCE);
    private final ManualTime time = new ManualTime();
    private final CogbotApp app;

    /** A bot in {@code home} (plugins/, data/) keeping its state in the database at {@code jdbcUrl}, or in data/ if null. */
    ConsoleSession(Path home, String jdbcUrl) {
        if (!Files.isDirectory(home.resolve("plugins"))) {
            copyPluginJars(home.resolve("plugins"));
        }
        BotConfig config = jdbcUrl == null ? BotConfig.empty() : BotConfig.empty().withOverride("jdbc-url", jdbcUrl);
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        PipedInputStream in;
        try {
            in = new PipedInputStream(keyboard, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.app = CogbotApp.start(BotPaths.under(home), config, time,
                pluginLines -> new ConsoleTransport(in, out, pluginLines, "alice", false));
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
        int mark = screen.lineCount();
        write(line);
        sync();
        return screen.linesFrom(mark);
    }

    /** Moves the clock, letting every timer due fire; returns the lines printed meanwhile. */
    List<String> advance(Duration amount) {
        int mark = screen.lineCount();
        time.advance(amount);
        return screen.linesFrom(mark);
    }

    /** Ends the input, as at the end of a piped script; returns once the bot has stopped. */
    void endInput() throws Exception {
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
        return screen.linesFrom(0);
    }

    private int syncs;

    /**
     * The console reads a line only once the bot is idle after the one before, so once its answer
     * to an unknown console command typed after {@code line} shows, {@code line} is handled. That
     * answer is one line naming the command, which is then taken off the screen.
     */
    private void sync() {
        String marker = "/sync-" + (++syncs);
        int mark = screen.lineCount();
        write(marker);
        screen.await(mark, l -> l.contains(marker));
        screen.remove(l -> l.contains(marker));
    }

    private void write(String line) {
        try {
            keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            keyboard.close();
        } catch (IOException ignored) {
            // already closed by endInput
        }
        app.close();
    }
}
