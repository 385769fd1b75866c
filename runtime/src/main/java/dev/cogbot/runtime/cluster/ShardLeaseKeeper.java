package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.TimerQueue;
import dev.cogbot.runtime.transport.discord.ShardAssignment;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a node's {@link ShardLeases} on the heartbeat and tells the Discord transport which shards
 * to run: a {@link ShardAssignment}. The first tick runs in {@link #follow}, so the transport logs in
 * with its first shards at once; the next ones every heartbeat. When the database cannot be reached
 * the node keeps its shards until its leases expire, and stops them all at that moment rather than
 * at its next heartbeat, since another node may take them from then on.
 *
 * <pre>{@code
 * ShardLeaseKeeper keeper = new ShardLeaseKeeper(leases, time, Duration.ofSeconds(5), Thread::startVirtualThread);
 * new DiscordTransport(options, keeper, new IdentifySessionController(new IdentifyBuckets(dataSource, time)));
 * }</pre>
 */
public final class ShardLeaseKeeper implements ShardAssignment, HeldShards {

    private static final Logger log = LoggerFactory.getLogger(ShardLeaseKeeper.class);

    private final ShardLeases leases;
    private final TimerQueue time;
    private final Duration heartbeat;
    private final Executor ticks;
    private final ReentrantLock tickLock = new ReentrantLock();
    private Consumer<Set<Integer>> running;
    private Set<Integer> reported;
    private Instant heldUntil = Instant.MIN;
    private Cancellable next;
    /** The stop at {@link #heldUntil}, unless a renewal comes first. */
    private Cancellable lapse;
    private boolean stopped;

    /**
     * @param leases    this node's leases
     * @param time      the runtime's clock
     * @param heartbeat how often to renew ({@code cluster.heartbeat}); well under the lease
     * @param ticks     where a tick runs (it talks to the database): a new virtual thread in production
     */
    public ShardLeaseKeeper(ShardLeases leases, TimerQueue time, Duration heartbeat, Executor ticks) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.time = Objects.requireNonNull(time, "time");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        if (heartbeat.compareTo(leases.lease()) >= 0) {
            throw new IllegalArgumentException("cluster.heartbeat (" + heartbeat.toSeconds()
                    + " s) must be shorter than cluster.lease (" + leases.lease().toSeconds()
                    + " s), or leases lapse between renewals");
        }
    }

    @Override
    public int total() {
        return leases.totalShards();
    }

    @Override
    public void follow(Consumer<Set<Integer>> running) {
        tickLock.lock();
        try {
            this.running = Objects.requireNonNull(running, "running");
        } finally {
            tickLock.unlock();
        }
        tick(true);
    }

    /** The shards reported last. */
    @Override
    public Set<Integer> shards() {
        tickLock.lock();
        try {
            return reported == null ? Set.of() : reported;
        } finally {
            tickLock.unlock();
        }
    }

    /**
     * Whether its leases gave this node no shard. Not before {@link #follow} has asked for them: a
     * node that is still starting has not lost a shard, and keeps a leadership it took on joining.
     */
    @Override
    public boolean standsBy() {
        tickLock.lock();
        try {
            return reported != null && reported.isEmpty();
        } finally {
            tickLock.unlock();
        }
    }

    /** @param first whether this is {@link #follow}'s tick, whose failure to start shards is its caller's */
    private void tick(boolean first) {
        tickLock.lock();
        try {
            if (stopped) {
                return;
            }
            Instant now = time.now();
            try {
                report(renew(now));
            } catch (RuntimeException e) {
                if (first) {
                    throw e;
                }
                log.error("The shards of node {} could not follow its leases: {}", leases.nodeId(), e.toString());
            } finally {
                next = time.at(now.plus(heartbeat), () -> ticks.execute(() -> tick(false)));
            }
        } finally {
            tickLock.unlock();
        }
    }

    private Set<Integer> renew(Instant now) {
        try {
            Set<Integer> held = leases.tick();
            heldUntil = now.plus(leases.lease());
            if (lapse != null) {
                lapse.cancel();
            }
            Instant until = heldUntil;
            if (!time.now().isBefore(until)) {
                // the leases were written to end a lease after the tick began: a renewal that took
                // longer (waiting for a connection) came back with leases other nodes may take already
                log.error("The shard leases of node {} were renewed only after they had ended (at {}), so its shards"
                        + " stop until a renewal comes back in time", leases.nodeId(), until);
                return Set.of();
            }
            lapse = time.at(until, () -> ticks.execute(() -> lapse(until)));
            return held;
        } catch (ShardLeaseException e) {
            Set<Integer> held = now.isBefore(heldUntil) && reported != null ? reported : Set.of();
            log.error("{}; {}", e.getMessage(), held.isEmpty() ? "its leases have lapsed, so its shards stop"
                    : "it keeps its shards until " + heldUntil);
            return held;
        }
    }

    private void report(Set<Integer> held) {
        if (reported == null || !held.equals(reported)) {
            reported = held;
            running.accept(held);
        }
    }

    /** The leases renewed last lapse now: unless renewed since, the shards stop before another node takes them. */
    private void lapse(Instant until) {
        tickLock.lock();
        try {
            if (stopped || !until.equals(heldUntil) || reported == null || reported.isEmpty()) {
                return;
            }
            log.error("The shard leases of node {} lapsed at {} without a renewal, so its shards stop", leases.nodeId(),
                    until);
            report(Set.of());
        } finally {
            tickLock.unlock();
        }
    }

    @Override
    public void stop() {
        tickLock.lock();
        try {
            if (stopped) {
                return;
            }
            stopped = true;
            if (next != null) {
                next.cancel();
            }
            if (lapse != null) {
                lapse.cancel();
            }
            reported = Set.of();
        } finally {
            tickLock.unlock();
        }
        try {
            leases.releaseAll();
        } catch (ShardLeaseException e) {
            log.warn("{}", e.getMessage());
        }
    }
}
