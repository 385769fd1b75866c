package dev.cogbot.e2e;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A console's output, split into lines as they complete. Waiting for a line blocks on a condition
 * signalled by each new line: nothing sleeps or polls.
 */
public final class ConsoleScreen extends OutputStream {

    private final Duration patience;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition newLine = lock.newCondition();
    private final List<String> lines = new ArrayList<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    /** @param patience how long {@link #await} waits before failing the test */
    public ConsoleScreen(Duration patience) {
        this.patience = patience;
    }

    @Override
    public void write(int b) {
        lock.lock();
        try {
            if (b == '\n') {
                lines.add(partial.toString(StandardCharsets.UTF_8).stripTrailing());
                partial.reset();
                newLine.signalAll();
            } else {
                partial.write(b);
            }
        } finally {
            lock.unlock();
        }
    }

    public int lineCount() {
        lock.lock();
        try {
            return lines.size();
        } finally {
            lock.unlock();
        }
    }

    /** The lines from index {@code mark} on. */
    public List<String> linesFrom(int mark) {
        lock.lock();
        try {
            return List.copyOf(lines.subList(Math.min(mark, lines.size()), lines.size()));
        } finally {
            lock.unlock();
        }
    }

    public void remove(Predicate<String> unwanted) {
        lock.lock();
        try {
            lines.removeIf(unwanted);
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until a line from index {@code mark} on matches {@code wanted}; fails the test after the patience. */
    public void await(int mark, Predicate<String> wanted) {
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (lines.subList(Math.min(mark, lines.size()), lines.size()).stream().noneMatch(wanted)) {
                if (nanos <= 0) {
                    throw new AssertionError("no such line within " + patience + "; screen: " + lines);
                }
                nanos = newLine.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            lock.unlock();
        }
    }
}
