package dev.cogbot.runtime.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * A node as the cluster's database has it, seen at one instant.
 *
 * @param info          what the node registered (its shards and plugins as last updated)
 * @param lastHeartbeat when it last said it was alive, by its own clock
 * @param gone          whether it has been silent for longer than the lease: it no longer counts,
 *                      and is removed from the list a while later
 * @param leader        whether it is the cluster's leader
 */
public record ListedNode(NodeInfo info, Instant lastHeartbeat, boolean gone, boolean leader) {

    public String nodeId() {
        return info.nodeId();
    }

    /** How long ago its last heartbeat was, at {@code now}; never negative, whatever the clocks say. */
    public Duration heartbeatAge(Instant now) {
        Duration age = Duration.between(lastHeartbeat, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
