package dev.cogbot.api;

import java.time.Duration;

/**
 * A body that runs every interval, like discord.py's {@code tasks.loop}. Create one with
 * {@link Bot#loop(Duration, Runnable)}.
 *
 * <p>Once started, the before-loop hook runs, then the body runs at once and after that every
 * interval. An exception in the body is logged and the loop goes on. The loop stops on
 * {@link #cancel()} and, at the latest, when its plugin is unloaded.
 */
public interface Loop extends Cancellable {

    /** Runs {@code hook} once on the loop's thread before the first iteration, e.g. {@code bot::waitUntilReady}. */
    Loop beforeLoop(Runnable hook);

    /** Starts the loop; starting a running loop is an error. */
    Loop start();

    boolean isRunning();

    /** How many iterations have completed. */
    long iterations();

    Duration interval();
}
