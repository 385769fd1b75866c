package dev.cogbot.discordfake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock moved ahead by what a test asked for: the fake measures interaction deadlines (3 s to
 * answer, 15 min for the token) and the daily command-create limit on it, so a test can pass them
 * without waiting.
 */
final class ShiftedClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetNanos = new AtomicLong();

    ShiftedClock(Clock base) {
        this.base = base;
    }

    void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, not by " + by);
        }
        offsetNanos.addAndGet(by.toNanos());
    }

    @Override
    public Instant instant() {
        return base.instant().plusNanos(offsetNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the fake's clock is UTC");
    }
}
