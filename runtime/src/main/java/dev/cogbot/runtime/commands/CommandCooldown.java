package dev.cogbot.runtime.commands;

import dev.cogbot.api.Context;
import dev.cogbot.api.checks.BucketType;
import dev.cogbot.api.error.CommandOnCooldown;
import java.time.Duration;
import java.time.Instant;

/**
 * One command's {@link dev.cogbot.api.checks.Cooldown}: {@code rate} uses per {@code per} in each
 * bucket, a window opening at the first use, as discord.py's. Owned by the loaded command, so
 * unloading the plugin forgets every count; buckets whose window has closed are swept away as
 * others are used, so memory follows the buckets on cooldown, not everyone who ever used it.
 */
public final class CommandCooldown {

    /** The uses of one bucket in its current window; immutable, as {@link SweptMap} wants. */
    private record Window(Instant opened, int used) {
    }

    private final int rate;
    private final Duration per;
    private final BucketType bucket;
    private final SweptMap<String, Window> windows = new SweptMap<>();

    CommandCooldown(int rate, Duration per, BucketType bucket) {
        this.rate = rate;
        this.per = per;
        this.bucket = bucket;
    }

    /**
     * Counts one use of the command in {@code ctx}'s bucket.
     *
     * @throws CommandOnCooldown if the bucket has no use left in its window
     */
    void use(Context ctx) {
        Instant now = ctx.bot().now();
        Duration[] retryAfter = {null};
        windows.compute(Buckets.keyOf(bucket, ctx), (key, window) -> {
            Window current = window == null || closed(window, now) ? new Window(now, 0) : window;
            if (current.used() >= rate) {
                retryAfter[0] = Duration.between(now, current.opened().plus(per));
                return current;
            }
            return new Window(current.opened(), current.used() + 1);
        }, window -> closed(window, now));
        if (retryAfter[0] != null) {
            throw new CommandOnCooldown(rate, per, bucket, retryAfter[0]);
        }
    }

    /** Forgets the uses of {@code ctx}'s bucket. */
    void reset(Context ctx) {
        windows.remove(Buckets.keyOf(bucket, ctx));
    }

    /** How many buckets are remembered now: those whose window may still be open. */
    public int buckets() {
        return windows.size();
    }

    private boolean closed(Window window, Instant now) {
        return !now.isBefore(window.opened().plus(per));
    }
}
