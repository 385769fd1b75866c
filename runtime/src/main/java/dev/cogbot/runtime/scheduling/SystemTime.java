package dev.cogbot.runtime.scheduling;

import dev.cogbot.api.Cancellable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Real time: one platform timer thread that only hands work over, never runs it. */
public final class SystemTime implements TimerQueue {

    private final Clock clock = Clock.systemUTC();
    private final ScheduledThreadPoolExecutor timer;

    public SystemTime() {
        timer = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name("cogbot-timer").daemon().factory());
        // Cancelled timers (every answered reply timeout) must not pile up until their deadline.
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Cancellable at(Instant deadline, Runnable action) {
        long nanos = Math.max(0, Duration.between(now(), deadline).toNanos());
        ScheduledFuture<?> future = timer.schedule(action, nanos, TimeUnit.NANOSECONDS);
        return new Cancellable() {
            @Override
            public void cancel() {
                future.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return future.isCancelled();
            }
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

}
