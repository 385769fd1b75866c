package dev.cogbot.runtime.commands;

import java.time.Duration;
import java.time.Instant;

/**
 * How many commands each member may still send right now: a token bucket per member, holding at
 * most {@code burst} commands and refilled at {@code perSecond}. A command that ends at once (one
 * a cog turns away, say) frees its running slot at once, so the running limit alone would let a
 * flood through one command at a time, as fast as it arrives; the budget turns it away unread.
 *
 * <p>Only members who spent some of their budget recently are kept: a member whose bucket has
 * refilled is the same as one never seen, and is swept away a few at a time as others send
 * ({@link SweptMap}), so each message costs the same however many members are kept.
 */
final class CommandBudgets {

    /** A member's bucket at one instant; immutable, so a sweep and a take never see half an update. */
    private record Bucket(double tokens, Instant at) {
    }

    private final int burst;
    private final double perNano;
    private final SweptMap<String, Bucket> buckets = new SweptMap<>();

    CommandBudgets(int burst, int perSecond) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
    }

    /** Takes one command from member {@code authorId}'s budget at {@code now}; false if there is none left. */
    boolean take(String authorId, Instant now) {
        boolean[] taken = new boolean[1];
        buckets.compute(authorId, (id, b) -> {
            Bucket current = b == null ? new Bucket(burst, now) : refilled(b, now);
            if (current.tokens() >= 1) {
                taken[0] = true;
                return new Bucket(current.tokens() - 1, current.at());
            }
            return current;
        }, b -> refilled(b, now).tokens() >= burst);
        return taken[0];
    }

    /** How many members' budgets are kept: those who spent some of it and have not refilled yet, or not been swept. */
    int kept() {
        return buckets.size();
    }

    private Bucket refilled(Bucket bucket, Instant now) {
        long elapsed = Duration.between(bucket.at(), now).toNanos();
        if (elapsed <= 0) {
            // an earlier 'now' from a slower caller: never move the bucket's time backwards
            return bucket;
        }
        return new Bucket(Math.min(burst, bucket.tokens() + elapsed * perNano), now);
    }
}
