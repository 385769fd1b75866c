package dev.cogbot.runtime.transport.console;

import java.io.IOError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person at a terminal: line editing and history by JLine, and the bot's output printed above
 * the prompt, so a reply arriving mid-typing does not mangle the half-typed line.
 */
final class JLineConsoleIo implements ConsoleIo {

    private static final Logger log = LoggerFactory.getLogger(JLineConsoleIo.class);

    private final Terminal terminal;
    private final LineReader reader;
    private final PrintStream afterClose;
    private volatile boolean closed;

    /**
     * @param historyFile where to keep typed lines across runs, or {@code null} for this run only
     * @param afterClose  where output goes once the terminal is closed (late replies during shutdown)
     */
    JLineConsoleIo(Terminal terminal, Path historyFile, PrintStream afterClose) {
        this.terminal = terminal;
        this.afterClose = afterClose;
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("cogbot")
                // "!help" is a chat command, not a request to expand history event "help".
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (historyFile != null) {
            createParentFolder(historyFile);
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
    }

    @Override
    public String readLine(String prompt) throws IOException {
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException | UserInterruptException e) {
            // Ctrl-D or Ctrl-C: the person wants to stop, which the transport handles as end of input.
            return null;
        } catch (IOError e) {
            if (closed) {
                return null;
            }
            throw new IOException("reading the terminal failed", e.getCause());
        }
    }

    @Override
    public void print(String text) {
        if (closed) {
            afterClose.println(text);
        } else {
            // Thread-safe: LineReader takes its own lock to redraw the prompt below the text.
            reader.printAbove(text);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            log.warn("Could not save the console history: {}", e.toString());
        }
        try {
            terminal.close();
        } catch (IOException e) {
            log.debug("Closing the terminal failed: {}", e.toString());
        }
    }

    private static void createParentFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            // History is a convenience; the console works without it.
            log.warn("Could not create {} for the console history: {}", parent, e.toString());
        }
    }
}
