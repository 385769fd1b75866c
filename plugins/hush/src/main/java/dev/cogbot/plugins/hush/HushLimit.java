package dev.cogbot.plugins.hush;

import dev.cogbot.api.Durations;
import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import java.util.Objects;

/**
 * The longest a hush may last. A typo like {@code !hush 500} (minutes, not seconds) should not
 * silence the bot for a week with nobody able to undo it, since while hushed even {@code !hush}
 * itself is blocked.
 *
 * @param max the longest hush allowed; positive
 */
record HushLimit(Duration max) {

    static final HushLimit DEFAULT = new HushLimit(Duration.ofHours(24));

    HushLimit {
        Objects.requireNonNull(max, "max");
        if (max.isZero() || max.isNegative()) {
            throw new IllegalArgumentException("the longest hush must be positive, got " + Durations.format(max));
        }
    }

    /**
     * @throws BadArgument naming the {@code duration} argument if this limit does not allow {@code requested};
     *     its message has no full stop, because the runtime's reply adds one before the usage line
     */
    void check(Duration requested) {
        if (requested.isZero() || requested.isNegative()) {
            throw new BadArgument(HushRequest.DURATION, "Hush for a positive time, like 30s or 5m");
        }
        if (requested.compareTo(max) > 0) {
            throw new BadArgument(HushRequest.DURATION, "I can hush for at most " + Durations.format(max));
        }
    }
}
