package dev.cogbot.runtime.cluster;

import java.util.Set;

/**
 * The nodes that share the shards: the cluster's live nodes, as the node registry knows them from
 * their heartbeats. {@link ShardLeases} divides the shards among them, so a node that has only just
 * registered (and holds no lease yet) already counts, and the others make room for it.
 *
 * <pre>{@code
 * ShardLeaseNodes nodes = registry::liveNodeIds;
 * }</pre>
 */
@FunctionalInterface
public interface ShardLeaseNodes {

    /** The ids of the nodes alive now; this node's own may be left out. */
    Set<String> liveNodeIds();
}
