package dev.cogbot.runtime.scheduling;

import dev.cogbot.api.Cancellable;
import java.time.Instant;

/**
 * Fires actions at instants of one clock. Actions must be quick (complete a wait, spawn a thread):
 * they run on the queue's own thread.
 */
public interface TimerQueue extends AutoCloseable {

    Instant now();

    /** Runs {@code action} once the clock reaches {@code deadline}. */
    Cancellable at(Instant deadline, Runnable action);

    @Override
    default void close() {
    }
}
