package dev.cogbot.runtime.transport.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lines from a stream (UTF-8), output to a {@link PrintStream}: a pipe, a file, a test. */
final class PlainConsoleIo implements ConsoleIo {

    private static final Logger log = LoggerFactory.getLogger(PlainConsoleIo.class);

    private final InputStream in;
    private final BufferedReader reader;
    private final PrintStream out;
    // Not synchronized: the printing threads are virtual, and a monitor would pin them during I/O.
    private final ReentrantLock printLock = new ReentrantLock();

    PlainConsoleIo(InputStream in, PrintStream out) {
        this.in = in;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public String readLine(String prompt) throws IOException {
        return reader.readLine();
    }

    @Override
    public void print(String text) {
        printLock.lock();
        try {
            out.println(text);
            out.flush();
        } finally {
            printLock.unlock();
        }
    }

    /**
     * Closes the input stream itself, not the reader: a BufferedReader's close waits for the lock
     * its blocked readLine holds.
     */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            log.debug("Closing the console input failed: {}", e.toString());
        }
    }
}
