package dev.cogbot.api.error;

import dev.cogbot.api.checks.BucketType;

/**
 * As many runs of the command as it allows at once are going in this bucket, and it does not wait
 * for one to end (see {@link dev.cogbot.api.checks.MaxConcurrency}).
 */
public final class MaxConcurrencyReached extends CheckFailure {

    private final int number;
    private final BucketType bucket;

    public MaxConcurrencyReached(int number, BucketType bucket) {
        super("already running " + (number == 1 ? "" : number + " times ") + bucket.where()
                + "; try again when " + (number == 1 ? "it is" : "one is") + " done");
        this.number = number;
        this.bucket = bucket;
    }

    /** How many runs at once the command allows per bucket. */
    public int number() {
        return number;
    }

    /** Whose runs are counted together. */
    public BucketType bucket() {
        return bucket;
    }
}
