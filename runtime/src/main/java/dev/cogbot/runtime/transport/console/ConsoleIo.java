package dev.cogbot.runtime.transport.console;

import java.io.IOException;

/**
 * Where the console reads its lines and prints the bot's output: {@link PlainConsoleIo} for
 * scripts and pipes, {@link JLineConsoleIo} for a person at a terminal.
 */
interface ConsoleIo extends AutoCloseable {

    /** The next line, or {@code null} at end of input; {@code prompt} is shown only where a person types. */
    String readLine(String prompt) throws IOException;

    /** Prints {@code text} (one or more lines) as one unit: output from many threads never interleaves. */
    void print(String text);

    /** Stops reading; printing still works afterwards, for late output during shutdown. Idempotent. */
    @Override
    void close();
}
