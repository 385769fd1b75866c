package dev.cogbot.api;

import java.time.Duration;

/**
 * A body that runs every interval, like discord.py's {@code tasks.loop}. Create one with
 * {@link Bot#loop(Duration, Runnable)}.
 *
 * <p>Once started, the before-loop hook runs, then the body runs at once and after that every
 * interval. An exception in the body is logged and the loop goes on. The loop stops on
 * {@link #cancel()} and, at the latest, when its plugin is unloaded.
 *
 * <p>When the bot runs as a cluster of processes, a loop runs on every process, for that process's
 * shards; a loop marked {@link #clusterWide()} runs on one process of the cluster only.
 */
public interface Loop extends Cancellable {

    /** Runs {@code hook} once on the loop's thread before the first iteration, e.g. {@code bot::waitUntilReady}. */
    Loop beforeLoop(Runnable hook);

    /**
     * Marks the loop as one per cluster rather than one per process: when the bot runs as several
     * processes (a cluster), the body runs only on the cluster's leader, so work done once for the
     * whole bot (a daily digest, a feed poll) is not done once per process. If the leader goes,
     * the next leader runs it from its next interval on; an iteration may then be skipped or, at
     * the moment of a handover, run twice, so keep the body idempotent. A bot of one process is its
     * own leader: the mark changes nothing there. Call it before {@link #start()}.
     *
     * <pre>{@code
     * bot.loop(Duration.ofHours(24), this::postDigest)
     *         .clusterWide()
     *         .beforeLoop(bot::waitUntilReady)
     *         .start();
     * }</pre>
     *
     * @throws IllegalStateException if the loop is started already
     */
    Loop clusterWide();

    /** Whether the loop is {@linkplain #clusterWide() one per cluster}. */
    boolean isClusterWide();

    /** Starts the loop; starting a running loop is an error. */
    Loop start();

    boolean isRunning();

    /** How many iterations have completed (on this process: those skipped as another process leads do not count). */
    long iterations();

    Duration interval();
}
