package dev.cogbot.discordfake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Discord's login rate limit: one IDENTIFY per bucket every 5 seconds, the bucket of shard {@code n}
 * being {@code n % max_concurrency}. Discord answers an IDENTIFY over the limit with op 9 Invalid
 * Session ({@code d: false}); the session does not start, so only accepted IDENTIFYs count.
 * Measured on the fake's clock, which {@link FakeDiscord#advanceTime} moves.
 */
final class IdentifyLimit {

    static final Duration WINDOW = Duration.ofSeconds(5);

    private final boolean enforced;
    private final int maxConcurrency;
    private final Clock clock;
    private final Map<Integer, Instant> lastIdentify = new HashMap<>();

    IdentifyLimit(boolean enforced, int maxConcurrency, Clock clock) {
        this.enforced = enforced;
        this.maxConcurrency = maxConcurrency;
        this.clock = clock;
    }

    /** Whether shard {@code shardId} may identify now; if so, its bucket's window starts now. */
    synchronized boolean admit(int shardId) {
        if (!enforced) {
            return true;
        }
        int bucket = shardId % maxConcurrency;
        Instant now = clock.instant();
        Instant last = lastIdentify.get(bucket);
        if (last != null && now.isBefore(last.plus(WINDOW))) {
            return false;
        }
        lastIdentify.put(bucket, now);
        return true;
    }
}
