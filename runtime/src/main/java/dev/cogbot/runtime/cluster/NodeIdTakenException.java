package dev.cogbot.runtime.cluster;

import java.time.Duration;

/**
 * Another live node holds this node's id: two processes under one name would each believe the
 * other's shards and plugins are theirs, so the second one does not start.
 */
public final class NodeIdTakenException extends ClusterException {

    private final String nodeId;

    NodeIdTakenException(String nodeId, String host, Duration silentFor) {
        super("node id " + nodeId + " is held by a live node on host " + host + " (last heartbeat "
                + silentFor.toSeconds() + "s ago): give this process another cluster.node-id, or stop the other one",
                null);
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }
}
