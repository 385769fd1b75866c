package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task run every heartbeat on the runtime's clock, on a thread of its own (it talks to the
 * database), at fixed points so that a slow tick does not make the beat drift; a tick that overran
 * its slot is followed at once by the next. A failing tick is logged and the beat goes on.
 *
 * <pre>{@code
 * Heartbeat beat = Heartbeat.start(scheduler, "cogbot-cluster-heartbeat", settings.heartbeat(), this::tick);
 * beat.close();   // waits for a tick under way
 * }</pre>
 */
final class Heartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    /** How long a stop waits for a tick under way to finish. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Scheduler scheduler;
    private final String name;
    private final Duration period;
    private final Runnable tick;
    private final Thread thread;
    private volatile boolean closed;

    private Heartbeat(Scheduler scheduler, String name, Duration period, Runnable tick) {
        this.scheduler = scheduler;
        this.name = name;
        this.period = period;
        this.tick = tick;
        this.thread = scheduler.spawnPlatform(name, this::beat);
    }

    /** Starts beating: the first tick comes one {@code period} from now. */
    static Heartbeat start(Scheduler scheduler, String name, Duration period, Runnable tick) {
        return new Heartbeat(scheduler, name, period, tick);
    }

    private void beat() {
        Instant next = scheduler.now();
        try {
            while (!closed) {
                next = next.plus(period);
                Instant now = scheduler.now();
                if (next.isBefore(now)) {
                    next = now;
                }
                scheduler.sleepUntil(next);
                if (!closed) {
                    try {
                        tick.run();
                    } catch (RuntimeException e) {
                        log.warn("A tick of {} failed; the next one comes in {}s", name, period.toSeconds(), e);
                    }
                }
            }
        } catch (InterruptedException stopping) {
            log.debug("{} stopped", name);
        }
    }

    /** Stops beating, after the tick under way if any (waiting for it at most {@link #STOP_WAIT}). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
