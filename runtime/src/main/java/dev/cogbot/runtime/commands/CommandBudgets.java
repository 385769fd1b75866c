package dev.cogbot.runtime.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many commands each member may still send right now: a token bucket per member, holding at
 * most {@code burst} commands and refilled at {@code perSecond}. A command that ends at once (one
 * a cog turns away, say) frees its running slot at once, so the running limit alone would let a
 * flood through one command at a time, as fast as it arrives; the budget turns it away unread.
 *
 * <p>Only members who spent some of their budget recently are kept: a member whose bucket has
 * refilled is the same as one never seen.
 */
final class CommandBudgets {

    /** Sweeping full buckets away costs a pass over the map, so it waits until there are this many. */
    private static final int SWEEP_ABOVE = 1_024;

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final int burst;
    private final double perNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    CommandBudgets(int burst, int perSecond) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
    }

    /** Takes one command from member {@code authorId}'s budget at {@code now}; false if there is none left. */
    boolean take(String authorId, Instant now) {
        boolean[] taken = new boolean[1];
        Bucket bucket = buckets.compute(authorId, (id, b) -> {
            Bucket current = b == null ? new Bucket(burst, now) : refilled(b, now);
            if (current.tokens >= 1) {
                current.tokens -= 1;
                taken[0] = true;
            }
            return current;
        });
        if (bucket != null && buckets.size() > SWEEP_ABOVE) {
            buckets.entrySet().removeIf(e -> refilled(e.getValue(), now).tokens >= burst);
        }
        return taken[0];
    }

    private Bucket refilled(Bucket bucket, Instant now) {
        long elapsed = Duration.between(bucket.at, now).toNanos();
        if (elapsed > 0) {
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perNano);
            bucket.at = now;
        }
        return bucket;
    }
}
