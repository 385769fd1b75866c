package dev.cogbot.runtime.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's leases on the bot's shards, in PostgreSQL ({@code cluster_shard_lease}): which shards
 * this node runs. Each {@link #tick()} (one transaction, every heartbeat) renews the node's leases,
 * gives up what it holds beyond its share, and takes free or expired shards up to it. A node that
 * stops renewing (killed, cut off) loses its shards when its leases expire, and the others take
 * them at their next tick.
 *
 * <p>Every claim is atomic across nodes: free rows are picked with {@code FOR UPDATE SKIP LOCKED}
 * and the update checks again that they are still free, so a shard has at most one owner whatever
 * the nodes do at the same moment; and no claim waits for another node's lock, so ticks never
 * deadlock. Expiry is measured on the nodes' clocks (the runtime's clock, so tests move it): keep
 * them synchronised (NTP) to well under the lease.
 *
 * <pre>{@code
 * ShardLeases leases = new ShardLeases(dataSource, "cogbot-1", 6, new ShardClaim.FairShare(),
 *         Duration.ofSeconds(15), time::now, registry::liveNodeIds);
 * Set<Integer> run = leases.tick();   // every cluster.heartbeat
 * ...
 * leases.releaseAll();                // at a clean stop: the others take over at once
 * }</pre>
 */
public final class ShardLeases {

    private static final Logger log = LoggerFactory.getLogger(ShardLeases.class);

    private final DataSource database;
    private final String nodeId;
    private final int totalShards;
    private final ShardClaim claim;
    private final Duration lease;
    private final Supplier<Instant> clock;
    private final ShardLeaseNodes nodes;
    private volatile boolean rowsPresent;
    private volatile boolean warnedOfOverlap;

    /**
     * @param database    the cluster's PostgreSQL database, migrated (see {@code db/migration/postgresql})
     * @param nodeId      this node's id, unique in the cluster
     * @param totalShards how many shards the bot has; every node must say the same
     * @param claim       a fair share, or a range pinned by hand
     * @param lease       how long a lease lasts without renewal ({@code cluster.lease})
     * @param clock       the runtime's clock
     * @param nodes       the live nodes, from the node registry
     */
    public ShardLeases(DataSource database, String nodeId, int totalShards, ShardClaim claim, Duration lease,
            Supplier<Instant> clock, ShardLeaseNodes nodes) {
        this.database = Objects.requireNonNull(database, "database");
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.claim = Objects.requireNonNull(claim, "claim");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        if (totalShards < 1) {
            throw new IllegalArgumentException("a bot has at least one shard, not " + totalShards);
        }
        if (claim instanceof ShardClaim.Pinned pinned && pinned.last() >= totalShards) {
            throw new IllegalArgumentException("--shards " + pinned.first() + "-" + pinned.last()
                    + " is outside the bot's " + totalShards + " shards (0-" + (totalShards - 1) + ")");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("cluster.lease must be positive, not " + lease);
        }
        this.totalShards = totalShards;
    }

    /**
     * How many shards the cluster runs, if a node has already set the leases up: what a node that
     * joins without {@code --total-shards} should run with, even if Discord now recommends more.
     */
    public static java.util.OptionalInt clusterShardCount(DataSource database) {
        try (Connection connection = database.getConnection()) {
            int rows = rowCount(connection);
            return rows == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(rows);
        } catch (SQLException e) {
            throw new ShardLeaseException("cannot read the cluster's shard leases: " + e.getMessage(), e);
        }
    }

    public String nodeId() {
        return nodeId;
    }

    public int totalShards() {
        return totalShards;
    }

    /** How long a lease lasts without renewal. */
    public Duration lease() {
        return lease;
    }

    /**
     * Renews this node's leases and takes or gives up shards to reach its share, in one transaction.
     *
     * @return the shards this node holds now, each until {@code now + lease}
     * @throws ShardLeaseException if the database cannot be reached or refuses; the leases held
     *                             stay valid until they expire
     */
    public Set<Integer> tick() {
        try {
            return tickOnce();
        } catch (SQLException e) {
            if (!connectionLost(e)) {
                throw failure(e);
            }
            // a pooled connection to a server that restarted: the pool drops it, and a fresh one may work
            try {
                return tickOnce();
            } catch (SQLException again) {
                throw failure(again);
            }
        }
    }

    private Set<Integer> tickOnce() throws SQLException {
        Instant now = clock.get();
        Instant until = now.plus(lease);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ensureRows(connection);
                renew(connection, until);
                switch (claim) {
                    case ShardClaim.Pinned pinned -> claimPinned(connection, pinned, now, until);
                    case ShardClaim.FairShare fair -> balance(connection, now, until);
                }
                Set<Integer> held = held(connection, now);
                connection.commit();
                return held;
            } catch (SQLException | RuntimeException e) {
                ClusterConnections.rollbackQuietly(connection);
                throw e;
            }
        }
    }

    /** Whether the connection broke (SQL state class 08, or the server shutting down), rather than a refusal. */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private ShardLeaseException failure(SQLException e) {
        return new ShardLeaseException("node " + nodeId + " could not renew its shard leases: " + e.getMessage(), e);
    }


    /** Gives up every shard this node holds, so the others take them at their next tick. */
    public void releaseAll() {
        try (Connection connection = database.getConnection();
                PreparedStatement release = connection.prepareStatement(
                        "UPDATE cluster_shard_lease SET owner_node = NULL, expires_at = NULL, pinned = false"
                                + " WHERE owner_node = ?")) {
            release.setString(1, nodeId);
            int released = release.executeUpdate();
            log.info("Node {} gave up its {} shard leases", nodeId, released);
        } catch (SQLException e) {
            throw new ShardLeaseException("node " + nodeId + " could not give up its shard leases (they expire in "
                    + lease.toSeconds() + " s): " + e.getMessage(), e);
        }
    }

    /** One row per shard, made by the first node; a node told another shard count is refused. */
    private void ensureRows(Connection connection) throws SQLException {
        if (rowsPresent) {
            return;
        }
        int existing = rowCount(connection);
        if (existing == 0) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cluster_shard_lease (shard_id) SELECT generate_series(0, ? - 1) ON CONFLICT DO NOTHING")) {
                insert.setInt(1, totalShards);
                insert.executeUpdate();
            }
            existing = rowCount(connection);
        }
        if (existing != totalShards) {
            throw new ShardLeaseException("the cluster runs " + existing + " shards but node " + nodeId
                    + " was told " + totalShards + "; give every node the same --total-shards", null);
        }
        rowsPresent = true;
    }

    private static int rowCount(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM cluster_shard_lease");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void renew(Connection connection, Instant until) throws SQLException {
        try (PreparedStatement renew = connection.prepareStatement(
                "UPDATE cluster_shard_lease SET expires_at = ? WHERE owner_node = ?")) {
            renew.setObject(1, Timestamps.of(until));
            renew.setString(2, nodeId);
            renew.executeUpdate();
        }
    }

    /**
     * Takes the pinned range: shards free, expired, already this node's, or held by a node that only
     * leased them (it sees them gone at its next tick). A range another live node pinned is left to
     * it, and said once.
     */
    private void claimPinned(Connection connection, ShardClaim.Pinned pinned, Instant now, Instant until)
            throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("""
                UPDATE cluster_shard_lease SET owner_node = ?, expires_at = ?, pinned = true
                WHERE shard_id IN (
                    SELECT shard_id FROM cluster_shard_lease
                    WHERE shard_id BETWEEN ? AND ?
                      AND (owner_node IS NULL OR owner_node = ? OR expires_at <= ? OR NOT pinned)
                    ORDER BY shard_id FOR UPDATE SKIP LOCKED)
                  AND (owner_node IS NULL OR owner_node = ? OR expires_at <= ? OR NOT pinned)
                """)) {
            take.setString(1, nodeId);
            take.setObject(2, Timestamps.of(until));
            take.setInt(3, pinned.first());
            take.setInt(4, pinned.last());
            take.setString(5, nodeId);
            take.setObject(6, Timestamps.of(now));
            take.setString(7, nodeId);
            take.setObject(8, Timestamps.of(now));
            take.executeUpdate();
        }
        if (!warnedOfOverlap) {
            warnOfOverlap(connection, pinned, now);
        }
    }

    /** Says once which live node pinned some of this node's range too: it holds until someone changes --shards. */
    private void warnOfOverlap(Connection connection, ShardClaim.Pinned pinned, Instant now) throws SQLException {
        try (PreparedStatement others = connection.prepareStatement("""
                SELECT shard_id, owner_node FROM cluster_shard_lease
                WHERE shard_id BETWEEN ? AND ? AND owner_node <> ? AND pinned AND expires_at > ?
                ORDER BY shard_id
                """)) {
            others.setInt(1, pinned.first());
            others.setInt(2, pinned.last());
            others.setString(3, nodeId);
            others.setObject(4, Timestamps.of(now));
            try (ResultSet rows = others.executeQuery()) {
                if (rows.next()) {
                    warnedOfOverlap = true;
                    log.warn("Node {} was given shards {}-{} with --shards, but node {} pinned shard {} already and"
                            + " keeps it while it runs; give each node its own range", nodeId, pinned.first(),
                            pinned.last(), rows.getString(2), rows.getInt(1));
                }
            }
        }
    }

    /** Reaches this node's share of the shards nobody pinned: gives up the surplus, or takes what is free. */
    private void balance(Connection connection, Instant now, Instant until) throws SQLException {
        List<Lease> leases = leases(connection);
        Set<String> alive = new HashSet<>(nodes.liveNodeIds());
        Map<String, Boolean> holdsLiveLease = new HashMap<>();
        Set<String> pinning = new HashSet<>();
        int pinnedShards = 0;
        List<Integer> mine = new ArrayList<>();
        for (Lease l : leases) {
            if (l.owner() == null) {
                continue;
            }
            boolean live = l.expiresAt().isAfter(now);
            holdsLiveLease.merge(l.owner(), live, Boolean::logicalOr);
            if (live && l.pinned()) {
                pinnedShards++;
                pinning.add(l.owner());
            } else if (l.owner().equals(nodeId) && !l.pinned()) {
                mine.add(l.shardId());
            }
        }
        // a node whose every lease lapsed is dead whatever the registry still says; one holding a
        // live lease is alive even before the registry has seen it
        holdsLiveLease.forEach((owner, live) -> {
            if (live) {
                alive.add(owner);
            } else {
                alive.remove(owner);
            }
        });
        // the pinning nodes' shards are not shared out; this node shares, even before its first lease
        alive.removeAll(pinning);
        alive.add(nodeId);
        int floating = totalShards - pinnedShards;
        int share = (floating + alive.size() - 1) / alive.size();
        if (mine.size() > share) {
            List<Integer> surplus = mine.stream().sorted(Comparator.reverseOrder()).limit(mine.size() - share).toList();
            release(connection, surplus);
            log.info("Node {} gives up shards {} to make room for another node (its share is {} of {})", nodeId,
                    new TreeSet<>(surplus), share, floating);
        } else if (mine.size() < share) {
            takeFree(connection, share - mine.size(), now, until);
        }
    }

    private void release(Connection connection, List<Integer> shards) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement(
                "UPDATE cluster_shard_lease SET owner_node = NULL, expires_at = NULL, pinned = false"
                        + " WHERE owner_node = ? AND shard_id = ANY (?)")) {
            Array ids = connection.createArrayOf("integer", shards.toArray());
            release.setString(1, nodeId);
            release.setArray(2, ids);
            release.executeUpdate();
        }
    }

    private void takeFree(Connection connection, int wanted, Instant now, Instant until) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement("""
                UPDATE cluster_shard_lease SET owner_node = ?, expires_at = ?, pinned = false
                WHERE shard_id IN (
                    SELECT shard_id FROM cluster_shard_lease
                    WHERE owner_node IS NULL OR expires_at <= ?
                    ORDER BY shard_id LIMIT ? FOR UPDATE SKIP LOCKED)
                  AND (owner_node IS NULL OR expires_at <= ?)
                RETURNING shard_id
                """)) {
            take.setString(1, nodeId);
            take.setObject(2, Timestamps.of(until));
            take.setObject(3, Timestamps.of(now));
            take.setInt(4, wanted);
            take.setObject(5, Timestamps.of(now));
            Set<Integer> taken = new TreeSet<>();
            try (ResultSet rows = take.executeQuery()) {
                while (rows.next()) {
                    taken.add(rows.getInt(1));
                }
            }
            if (!taken.isEmpty()) {
                log.info("Node {} takes shards {}", nodeId, taken);
            }
        }
    }

    private Set<Integer> held(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement held = connection.prepareStatement(
                "SELECT shard_id FROM cluster_shard_lease WHERE owner_node = ? AND expires_at > ? ORDER BY shard_id")) {
            held.setString(1, nodeId);
            held.setObject(2, Timestamps.of(now));
            Set<Integer> shards = new TreeSet<>();
            try (ResultSet rows = held.executeQuery()) {
                while (rows.next()) {
                    shards.add(rows.getInt(1));
                }
            }
            return Set.copyOf(shards);
        }
    }

    private static List<Lease> leases(Connection connection) throws SQLException {
        try (PreparedStatement all = connection.prepareStatement(
                "SELECT shard_id, owner_node, expires_at, pinned FROM cluster_shard_lease");
                ResultSet rows = all.executeQuery()) {
            List<Lease> leases = new ArrayList<>();
            while (rows.next()) {
                leases.add(new Lease(rows.getInt(1), rows.getString(2), Timestamps.read(rows, 3), rows.getBoolean(4)));
            }
            return leases;
        }
    }

    private record Lease(int shardId, String owner, Instant expiresAt, boolean pinned) {
    }
}
