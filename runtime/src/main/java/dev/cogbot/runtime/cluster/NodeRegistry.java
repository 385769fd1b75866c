package dev.cogbot.runtime.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The nodes of a cluster, in its PostgreSQL database: each registers a row, keeps its heartbeat
 * fresh and removes the row when it stops. A node silent for longer than the lease is
 * {@linkplain ListedNode#gone() gone}; one silent for {@value #FORGET_AFTER_LEASES} leases is
 * removed by whichever node next {@linkplain #removeLongGone prunes}.
 *
 * <p>Every method takes the instant from the caller's clock (the runtime's scheduler), so tests
 * move time instead of waiting; nodes' clocks must agree to well within the lease (NTP does).
 *
 * <pre>{@code
 * NodeRegistry registry = new NodeRegistry(dataSource, Duration.ofSeconds(15));
 * UUID me = registry.register(info, scheduler.now());      // NodeIdTakenException if a live node has the id
 * registry.heartbeat(info.nodeId(), me, scheduler.now());   // every cluster.heartbeat
 * registry.deregister(info.nodeId(), me);                    // on a clean stop
 * }</pre>
 */
public final class NodeRegistry {

    /** How many leases a gone node stays listed before it is removed. */
    public static final int FORGET_AFTER_LEASES = 4;

    private final DataSource database;
    private final Duration lease;

    public NodeRegistry(DataSource database, Duration lease) {
        this.database = database;
        this.lease = lease;
    }

    /**
     * Registers {@code node}, taking over the row of a gone node of the same id.
     *
     * @return this start's incarnation, which the node's later calls name
     * @throws NodeIdTakenException if a live node holds the id
     */
    public UUID register(NodeInfo node, Instant now) {
        UUID incarnation = UUID.randomUUID();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // one statement, so two processes starting under one id at once cannot both win
                boolean claimed;
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO cogbot_cluster_node
                            (node_id, incarnation, host, version, shards, started_at, last_heartbeat)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (node_id) DO UPDATE SET incarnation = EXCLUDED.incarnation,
                            host = EXCLUDED.host, version = EXCLUDED.version, shards = EXCLUDED.shards,
                            started_at = EXCLUDED.started_at, last_heartbeat = EXCLUDED.last_heartbeat
                        WHERE cogbot_cluster_node.last_heartbeat < ?
                        RETURNING node_id""")) {
                    insert.setString(1, node.nodeId());
                    insert.setObject(2, incarnation);
                    insert.setString(3, node.host());
                    insert.setString(4, node.version());
                    insert.setArray(5, shardArray(connection, node.shards()));
                    insert.setObject(6, Timestamps.of(node.startedAt()));
                    insert.setObject(7, Timestamps.of(now));
                    insert.setObject(8, Timestamps.of(now.minus(lease)));
                    try (ResultSet rows = insert.executeQuery()) {
                        claimed = rows.next();
                    }
                }
                if (!claimed) {
                    NodeIdTakenException taken = taken(connection, node.nodeId(), now);
                    connection.rollback();
                    throw taken;
                }
                writePlugins(connection, node.nodeId(), node.plugins());
                connection.commit();
                return incarnation;
            } catch (SQLException | RuntimeException e) {
                ClusterConnections.rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("register node " + node.nodeId(), e);
        }
    }

    /**
     * Marks the node alive at {@code now}.
     *
     * @return false if its row is no longer this incarnation's: it was removed (silent too long) or
     *         another process took the id over meanwhile
     */
    public boolean heartbeat(String nodeId, UUID incarnation, Instant now) {
        return update("record the heartbeat of node " + nodeId,
                "UPDATE cogbot_cluster_node SET last_heartbeat = ? WHERE node_id = ? AND incarnation = ?",
                statement -> statement.setObject(1, Timestamps.of(now)), nodeId, incarnation);
    }

    /** Records the shards the node runs now. */
    public boolean updateShards(String nodeId, UUID incarnation, SortedSet<Integer> shards) {
        return update("record the shards of node " + nodeId,
                "UPDATE cogbot_cluster_node SET shards = ? WHERE node_id = ? AND incarnation = ?",
                statement -> statement.setArray(1, shardArray(statement.getConnection(), shards)), nodeId, incarnation);
    }

    /** Records the plugins the node runs now, replacing those recorded before. */
    public void updatePlugins(String nodeId, UUID incarnation, List<PluginChecksum> plugins) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (holds(connection, nodeId, incarnation)) {
                    writePlugins(connection, nodeId, plugins);
                }
                connection.commit();
            } catch (SQLException e) {
                ClusterConnections.rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("record the plugins of node " + nodeId, e);
        }
    }

    /** Removes the node's row, as its process stops cleanly; its plugins go with it. */
    public void deregister(String nodeId, UUID incarnation) {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM cogbot_cluster_node WHERE node_id = ? AND incarnation = ?")) {
            delete.setString(1, nodeId);
            delete.setObject(2, incarnation);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new ClusterDatabaseException("deregister node " + nodeId, e);
        }
    }

    /** The ids of the nodes that have heartbeated within the lease at {@code now}: those that share the shards. */
    public Set<String> liveNodeIds(Instant now) {
        Set<String> live = new HashSet<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT node_id FROM cogbot_cluster_node WHERE last_heartbeat >= ?")) {
            select.setObject(1, Timestamps.of(now.minus(lease)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    live.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("list the live nodes", e);
        }
        return live;
    }

    /**
     * Removes the nodes silent for {@value #FORGET_AFTER_LEASES} leases or more.
     *
     * @return the ids of those removed
     */
    public List<String> removeLongGone(Instant now) {
        List<String> removed = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM cogbot_cluster_node WHERE last_heartbeat < ? RETURNING node_id")) {
            delete.setObject(1, Timestamps.of(now.minus(lease.multipliedBy(FORGET_AFTER_LEASES))));
            try (ResultSet rows = delete.executeQuery()) {
                while (rows.next()) {
                    removed.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("remove the nodes gone long ago", e);
        }
        return removed;
    }

    /** The nodes registered, by id, each marked gone or not as of {@code now}, and the leader marked. */
    public List<ListedNode> nodes(Instant now) {
        try (Connection connection = database.getConnection()) {
            Map<String, List<PluginChecksum>> plugins = plugins(connection);
            Optional<String> leader = leader(connection);
            List<ListedNode> nodes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT node_id, host, version, shards, started_at, last_heartbeat
                    FROM cogbot_cluster_node ORDER BY node_id""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("node_id");
                    Instant heartbeat = Timestamps.read(rows, "last_heartbeat");
                    boolean gone = heartbeat.isBefore(now.minus(lease));
                    NodeInfo info = new NodeInfo(id, rows.getString("host"), rows.getString("version"),
                            shards(rows.getArray("shards")), plugins.getOrDefault(id, List.of()),
                            Timestamps.read(rows, "started_at"));
                    nodes.add(new ListedNode(info, heartbeat, gone, !gone && leader.filter(id::equals).isPresent()));
                }
            }
            return nodes;
        } catch (SQLException e) {
            throw new ClusterDatabaseException("list the nodes", e);
        }
    }

    private static Optional<String> leader(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT node_id FROM cogbot_cluster_leader");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static Map<String, List<PluginChecksum>> plugins(Connection connection) throws SQLException {
        Map<String, List<PluginChecksum>> plugins = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT node_id, plugin_id, version, jar_sha256 FROM cogbot_cluster_node_plugin");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                plugins.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(new PluginChecksum(rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return plugins;
    }

    private NodeIdTakenException taken(Connection connection, String nodeId, Instant now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT host, last_heartbeat FROM cogbot_cluster_node WHERE node_id = ?")) {
            select.setString(1, nodeId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                Duration silent = Duration.between(Timestamps.read(rows, "last_heartbeat"), now);
                return new NodeIdTakenException(nodeId, rows.getString("host"), silent.isNegative() ? Duration.ZERO : silent);
            }
        }
    }

    private static boolean holds(Connection connection, String nodeId, UUID incarnation) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM cogbot_cluster_node WHERE node_id = ? AND incarnation = ? FOR UPDATE")) {
            select.setString(1, nodeId);
            select.setObject(2, incarnation);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void writePlugins(Connection connection, String nodeId, List<PluginChecksum> plugins) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM cogbot_cluster_node_plugin WHERE node_id = ?")) {
            delete.setString(1, nodeId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cogbot_cluster_node_plugin (node_id, plugin_id, version, jar_sha256) VALUES (?, ?, ?, ?)")) {
            for (PluginChecksum plugin : plugins) {
                insert.setString(1, nodeId);
                insert.setString(2, plugin.id());
                insert.setString(3, plugin.version());
                insert.setString(4, plugin.sha256());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** An update of one node's row, if it is still this incarnation's; whether it was. */
    private boolean update(String doing, String sql, Parameters first, String nodeId, UUID incarnation) {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            first.set(update);
            update.setString(2, nodeId);
            update.setObject(3, incarnation);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new ClusterDatabaseException(doing, e);
        }
    }

    private static Array shardArray(Connection connection, SortedSet<Integer> shards) throws SQLException {
        return connection.createArrayOf("integer", shards.toArray(Integer[]::new));
    }

    private static SortedSet<Integer> shards(Array array) throws SQLException {
        SortedSet<Integer> shards = new TreeSet<>();
        for (Object shard : (Object[]) array.getArray()) {
            shards.add(((Number) shard).intValue());
        }
        return shards;
    }

}
