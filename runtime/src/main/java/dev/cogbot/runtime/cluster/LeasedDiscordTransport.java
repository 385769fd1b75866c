package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.scheduling.TimerQueue;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import dev.cogbot.runtime.transport.discord.GatewayBot;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The Discord transport of a cluster node: its shards by lease ({@link ShardLeases} kept by a
 * {@link ShardLeaseKeeper}), its logins paced for the whole cluster ({@link IdentifySessionController}).
 *
 * <pre>{@code
 * DiscordTransport discord = LeasedDiscordTransport.create(options, pinnedByHand, node, time);
 * }</pre>
 */
public final class LeasedDiscordTransport {

    /**
     * What the cluster part gives.
     *
     * @param database  the store's PostgreSQL pool, migrated
     * @param nodeId    this node's id ({@code cluster.node-id})
     * @param nodes     the live nodes, from the node registry
     * @param heartbeat how often leases are renewed ({@code cluster.heartbeat})
     * @param lease     how long a lease lasts without renewal ({@code cluster.lease})
     */
    public record Cluster(DataSource database, String nodeId, ShardLeaseNodes nodes, Duration heartbeat,
            Duration lease) {
        public Cluster {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(nodes, "nodes");
            Objects.requireNonNull(heartbeat, "heartbeat");
            Objects.requireNonNull(lease, "lease");
        }
    }

    private LeasedDiscordTransport() {
    }

    /**
     * The transport of {@code node}, whose shards it runs by lease; the node records them in the
     * cluster's list at its heartbeats, and leads only while it holds one.
     *
     * @param options       how to reach Discord; its shard range, if any, is pinned when {@code pinnedByHand}
     * @param pinnedByHand  whether {@code --shards} (or {@code discord.shards}) named a range
     * @param node          this process as a node of its cluster
     * @param time          the runtime's clock
     */
    public static DiscordTransport create(DiscordOptions options, boolean pinnedByHand, ClusterNode node,
            TimerQueue time) {
        Cluster cluster = node.shardLeases();
        ShardLeaseKeeper keeper = keeper(options, pinnedByHand, cluster, time);
        node.reportShards(keeper);
        return transport(options, keeper, cluster, time);
    }

    /**
     * @param options       how to reach Discord; its shard range, if any, is pinned when {@code pinnedByHand}
     * @param pinnedByHand  whether {@code --shards} (or {@code discord.shards}) named a range; a bare
     *                      {@code --total-shards} only gives the count
     * @param cluster       the cluster's database, this node and its timings
     * @param time          the runtime's clock
     */
    public static DiscordTransport create(DiscordOptions options, boolean pinnedByHand, Cluster cluster,
            TimerQueue time) {
        return transport(options, keeper(options, pinnedByHand, cluster, time), cluster, time);
    }

    private static ShardLeaseKeeper keeper(DiscordOptions options, boolean pinnedByHand, Cluster cluster,
            TimerQueue time) {
        int total = options.shards().map(DiscordOptions.Shards::total)
                .or(() -> ShardLeases.clusterShardCount(cluster.database()).stream().boxed().findFirst())
                .orElseGet(() -> GatewayBot.fetch(options).shards());
        ShardClaim claim = pinnedByHand
                ? options.shards().<ShardClaim>map(range -> new ShardClaim.Pinned(range.first(), range.last()))
                        .orElseThrow(() -> new IllegalArgumentException("pinnedByHand without a shard range"))
                : new ShardClaim.FairShare();
        ShardLeases leases = new ShardLeases(cluster.database(), cluster.nodeId(), total, claim, cluster.lease(),
                time::now, cluster.nodes());
        return new ShardLeaseKeeper(leases, time, cluster.heartbeat(),
                tick -> Thread.ofVirtual().name("cogbot-shard-leases").start(tick));
    }

    private static DiscordTransport transport(DiscordOptions options, ShardLeaseKeeper keeper, Cluster cluster,
            TimerQueue time) {
        return new DiscordTransport(options, keeper,
                new IdentifySessionController(new IdentifyBuckets(cluster.database(), time)));
    }
}
