package dev.cogbot.discordfake;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes Discord snowflakes: milliseconds since the Discord epoch (2015-01-01) in the high 42 bits, then
 * worker, process and increment. Ids only grow, so they sort like real ones.
 */
final class Snowflakes {

    static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final int TIMESTAMP_SHIFT = 22;
    private static final long WORKER_AND_PROCESS = 1L << 17; // worker 1, process 0

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    Snowflakes(Clock clock) {
        this.clock = clock;
    }

    long next() {
        long fromClock = ((clock.millis() - DISCORD_EPOCH_MILLIS) << TIMESTAMP_SHIFT) | WORKER_AND_PROCESS;
        return last.updateAndGet(previous -> Math.max(previous + 1, fromClock));
    }

    static Instant timeOf(long snowflake) {
        return Instant.ofEpochMilli((snowflake >>> TIMESTAMP_SHIFT) + DISCORD_EPOCH_MILLIS);
    }
}
