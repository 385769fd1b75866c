package dev.cogbot.runtime.cluster;

import java.util.Set;

/**
 * The shards a node holds, as its Discord transport's lease keeper has them: recorded in the
 * cluster's list at the node's heartbeats, and asked whether the node stands by. A node standing by
 * does not lead, as it cannot write the slash commands: Discord takes them only through a shard.
 *
 * <pre>{@code
 * node.reportShards(keeper);               // a cluster node's Discord transport
 * node.reportShards(() -> Set.of(0, 1));   // shards known otherwise
 * }</pre>
 */
@FunctionalInterface
public interface HeldShards {

    /** The shards this node holds now. */
    Set<Integer> shards();

    /**
     * Whether this node runs Discord and holds no shard, so that it could not write the slash
     * commands were it to lead. By default, whether it holds none now.
     */
    default boolean standsBy() {
        return shards().isEmpty();
    }
}
