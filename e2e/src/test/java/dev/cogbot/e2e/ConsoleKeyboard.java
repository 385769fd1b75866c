package dev.cogbot.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A console bot's keyboard and screen for tests: give {@link #input()} and {@link #output()} to the
 * console transport, then {@link #type} lines and read back what the bot printed.
 */
public final class ConsoleKeyboard implements AutoCloseable {

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ConsoleScreen screen;
    private final PipedInputStream input;
    private int syncs;

    public ConsoleKeyboard(Duration patience) {
        screen = new ConsoleScreen(patience);
        try {
            input = new PipedInputStream(keyboard, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the bot reads: the lines typed. */
    public InputStream input() {
        return input;
    }

    /** Where the bot prints. */
    public PrintStream output() {
        return new PrintStream(screen, true, StandardCharsets.UTF_8);
    }

    public ConsoleScreen screen() {
        return screen;
    }

    /**
     * Types {@code line}, then waits until the bot has handled it and gone idle.
     *
     * @return the lines printed meanwhile, the echo of {@code line} included
     */
    public List<String> type(String line) {
        int mark = screen.lineCount();
        write(line);
        sync();
        return screen.linesFrom(mark);
    }

    /**
     * The console reads a line only once the bot is idle after the one before, so once its answer
     * to an unknown console command typed after a line shows, that line is handled. That answer is
     * one line naming the command, which is then taken off the screen.
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

    /** Ends the input, as at the end of a piped script. Idempotent. */
    @Override
    public void close() {
        try {
            keyboard.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
