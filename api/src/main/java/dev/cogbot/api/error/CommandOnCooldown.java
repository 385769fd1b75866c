package dev.cogbot.api.error;

import dev.cogbot.api.Durations;
import dev.cogbot.api.checks.BucketType;
import java.time.Duration;

/**
 * The command was used up for now (see {@link dev.cogbot.api.checks.Cooldown}): {@code rate} uses
 * per {@code per} in each {@link #bucket()}, and this bucket has none left for {@link #retryAfter()}.
 *
 * <pre>{@code
 * case CommandOnCooldown wait -> ctx.send("Patience! Again in " + Durations.format(wait.retryAfter()));
 * }</pre>
 */
public final class CommandOnCooldown extends CheckFailure {

    private final int rate;
    private final Duration per;
    private final BucketType bucket;
    private final Duration retryAfter;

    public CommandOnCooldown(int rate, Duration per, BucketType bucket, Duration retryAfter) {
        super("on cooldown; try again in " + Durations.format(retryAfter));
        this.rate = rate;
        this.per = per;
        this.bucket = bucket;
        this.retryAfter = retryAfter;
    }

    /** How many uses each bucket has per {@link #per()}. */
    public int rate() {
        return rate;
    }

    public Duration per() {
        return per;
    }

    /** Whose uses are counted together: the user's, the channel's... */
    public BucketType bucket() {
        return bucket;
    }

    /** How long until the bucket may use the command again, on the bot's clock. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
