package dev.cogbot.runtime.bot;

import dev.cogbot.api.Loop;
import dev.cogbot.runtime.cluster.Leader;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.scheduling.PluginFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Loop} on its own virtual thread. Iterations are due at fixed points from the first one,
 * so a slow body does not make the loop drift. A cluster-wide loop ticks on every node too, and
 * runs its body only on a tick when this node is the {@link Leader}: leadership can move at any
 * tick, and no handover is needed.
 */
final class RuntimeLoop implements Loop {

    private static final Logger log = LoggerFactory.getLogger(RuntimeLoop.class);

    private final Lifetime lifetime;
    private final Duration interval;
    private final Runnable body;
    private final Leader leader;
    private final AtomicLong iterations = new AtomicLong();
    private volatile Runnable beforeLoop = () -> { };
    private volatile Thread thread;
    private volatile boolean cancelled;
    private volatile boolean clusterWide;

    RuntimeLoop(Lifetime lifetime, Duration interval, Runnable body, Leader leader) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a loop's interval must be positive, got " + interval);
        }
        this.lifetime = lifetime;
        this.interval = interval;
        this.body = body;
        this.leader = leader;
    }

    @Override
    public synchronized Loop clusterWide() {
        if (thread != null) {
            throw new IllegalStateException("mark a loop cluster-wide before starting it");
        }
        clusterWide = true;
        return this;
    }

    @Override
    public boolean isClusterWide() {
        return clusterWide;
    }

    @Override
    public Loop beforeLoop(Runnable hook) {
        this.beforeLoop = hook;
        return this;
    }

    @Override
    public synchronized Loop start() {
        if (thread != null) {
            throw new IllegalStateException("this loop is already started");
        }
        lifetime.own(this);
        thread = lifetime.spawn("loop", this::run);
        return this;
    }

    private void run() {
        try {
            beforeLoop.run();
            Instant next = lifetime.scheduler().now();
            while (!cancelled) {
                runBody();
                next = next.plus(interval);
                Instant now = lifetime.scheduler().now();
                if (next.isBefore(now)) {
                    // overran (a slow body, a suspended host): go on from now rather than run every missed turn
                    next = now;
                }
                lifetime.scheduler().sleepUntil(next);
            }
        } catch (InterruptedException | dev.cogbot.api.error.CommandCancelled stopped) {
            log.debug("Loop of {} stopped", lifetime.owner());
        } finally {
            lifetime.release(this);
        }
    }

    private void runBody() {
        if (clusterWide && !leader.isLeader()) {
            log.trace("A cluster-wide loop of plugin {} skips this iteration: another node leads", lifetime.owner());
            return;
        }
        try {
            body.run();
        } catch (dev.cogbot.api.error.CommandCancelled stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            log.warn("An iteration of a loop of plugin {} failed; the loop goes on", lifetime.owner(), e);
            lifetime.failed(PluginFailures.Kind.LOOP);
        }
        iterations.incrementAndGet();
    }

    @Override
    public void cancel() {
        cancelled = true;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public boolean isRunning() {
        Thread running = thread;
        return running != null && running.isAlive() && !cancelled;
    }

    @Override
    public long iterations() {
        return iterations.get();
    }

    @Override
    public Duration interval() {
        return interval;
    }
}
