package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.plugins.PluginOutcome;
import dev.cogbot.runtime.plugins.PluginProblem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The cluster's plugin tables in PostgreSQL: the wanted state of each plugin (loaded or unloaded,
 * and the SHA-256 of the JAR every node must run), the operations asked on the nodes, and each
 * node's answer. An operation is announced by {@code NOTIFY} on {@value #OPERATIONS}, an answer on
 * {@value #ANSWERS}; the payload is the operation's id.
 *
 * <pre>{@code
 * ClusterPluginTable table = new ClusterPluginTable(dataSource);
 * long op = table.ask(new ClusterPluginTable.Operation(0, Verb.UNLOAD, "jokes", false, false, "cogbot-1"),
 *         Optional.empty(), scheduler.now());
 * table.answers(op);   // {cogbot-2=Answer[kind=unloaded, line=unloaded jokes]}
 * }</pre>
 */
public final class ClusterPluginTable {

    /** The channel an operation is announced on. */
    public static final String OPERATIONS = "cogbot_plugin_ops";
    /** The channel a node's answer is announced on. */
    public static final String ANSWERS = "cogbot_plugin_outcomes";
    /** How long an operation and its answers are kept: long enough for every answer to find its question. */
    private static final Duration KEPT = Duration.ofDays(1);

    /** What an operation does. */
    public enum Verb {
        LOAD, UNLOAD, RELOAD;

        String sql() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Verb of(String sql) {
            return valueOf(sql.toUpperCase(Locale.ROOT));
        }
    }

    /** What the cluster wants of one plugin; {@code sha256} empty until a node recorded its JAR's. */
    public record Wanted(String pluginId, boolean loaded, Optional<String> sha256, long revision) {
    }

    /** A load, unload or reload asked on node {@code askedBy}; {@code id} is 0 until it is asked. */
    public record Operation(long id, Verb verb, String pluginId, boolean withDependants, boolean forgetTimers,
                            String askedBy) {
    }

    /**
     * A node's answer as the table keeps it: {@code loaded}, {@code reloaded}, {@code unloaded} or
     * {@code refused}, and its line. {@link #of} and {@link #outcome} are the one mapping both ways.
     */
    public record Answer(String kind, String line) {

        /** What a node answers for the outcome of an operation it applied. */
        static Answer of(PluginOutcome outcome) {
            return switch (outcome) {
                case PluginOutcome.Loaded loaded -> new Answer("loaded", loaded.line());
                case PluginOutcome.Reloaded reloaded -> new Answer("reloaded", reloaded.line());
                case PluginOutcome.Unloaded unloaded -> new Answer("unloaded", unloaded.line());
                case PluginOutcome.Refused refused -> new Answer("refused", refused.line());
                // a node applies an operation on itself alone; this is for the switch to be whole
                case PluginOutcome.AcrossCluster nodes -> new Answer(nodes.refusals().isEmpty() ? "reloaded" : "refused",
                        nodes.line());
            };
        }

        /** The outcome {@code node} answered, as the asking node reports it. */
        PluginOutcome outcome(String node) {
            return switch (kind) {
                case "loaded" -> new PluginOutcome.Loaded(line);
                case "reloaded" -> new PluginOutcome.Reloaded(line);
                case "unloaded" -> new PluginOutcome.Unloaded(line);
                default -> new PluginOutcome.Refused(new PluginProblem.OnAnotherNode(node, line));
            };
        }
    }

    private final DataSource database;

    public ClusterPluginTable(DataSource database) {
        this.database = database;
    }

    /** Every plugin the cluster has a wanted state for, by id. */
    public List<Wanted> wanted() {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT plugin_id, wanted, jar_sha256, revision FROM cogbot_cluster_plugin ORDER BY plugin_id");
             ResultSet rows = select.executeQuery()) {
            List<Wanted> wanted = new ArrayList<>();
            while (rows.next()) {
                wanted.add(new Wanted(rows.getString(1), "loaded".equals(rows.getString(2)),
                        Optional.ofNullable(rows.getString(3)), rows.getLong(4)));
            }
            return wanted;
        } catch (SQLException e) {
            throw new ClusterDatabaseException("read the plugins' wanted state", e);
        }
    }

    /** The latest revision of the wanted state: when it changes, something was asked. */
    public long revision() {
        return single("SELECT coalesce(max(revision), 0) FROM cogbot_cluster_plugin", "read the wanted state's revision");
    }

    /** The id of the latest operation asked, 0 if none. */
    public long lastOperation() {
        return single("SELECT coalesce(max(op_id), 0) FROM cogbot_cluster_plugin_op", "read the latest plugin operation");
    }

    /**
     * The cluster's checksum of {@code pluginId}'s JAR: the one recorded, or {@code sha256} if none
     * was, which is then recorded (one statement, so two nodes starting at once agree on one).
     */
    public String checksumOrRecord(String pluginId, String sha256, String nodeId, Instant now) {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO cogbot_cluster_plugin (plugin_id, wanted, jar_sha256, revision, changed_by, changed_at)
                    VALUES (?, 'loaded', ?, nextval('cogbot_cluster_plugin_revision'), ?, ?)
                    ON CONFLICT (plugin_id) DO UPDATE SET jar_sha256 = EXCLUDED.jar_sha256
                    WHERE cogbot_cluster_plugin.jar_sha256 IS NULL""")) {
                upsert.setString(1, pluginId);
                upsert.setString(2, sha256);
                upsert.setString(3, nodeId);
                upsert.setObject(4, Timestamps.of(now));
                upsert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT jar_sha256 FROM cogbot_cluster_plugin WHERE plugin_id = ?")) {
                select.setString(1, pluginId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("record the checksum of plugin " + pluginId, e);
        }
    }

    /**
     * Asks {@code operation} of every node, in one transaction: the plugin's wanted state becomes
     * what it asks (with {@code sha256} as the cluster's JAR, when given), the operation is written
     * and announced. Operations older than a day are dropped.
     *
     * @return the operation's id, which the answers name
     */
    public long ask(Operation operation, Optional<String> sha256, Instant now) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                wantedAs(connection, operation.pluginId(), operation.verb() != Verb.UNLOAD, sha256, operation.askedBy(), now);
                long id;
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO cogbot_cluster_plugin_op
                            (verb, plugin_id, with_dependants, forget_timers, asked_by, asked_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING op_id""")) {
                    insert.setString(1, operation.verb().sql());
                    insert.setString(2, operation.pluginId());
                    insert.setBoolean(3, operation.withDependants());
                    insert.setBoolean(4, operation.forgetTimers());
                    insert.setString(5, operation.askedBy());
                    insert.setObject(6, Timestamps.of(now));
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id = rows.getLong(1);
                    }
                }
                notify(connection, OPERATIONS, id);
                try (PreparedStatement prune = connection.prepareStatement(
                        "DELETE FROM cogbot_cluster_plugin_op WHERE asked_at < ?")) {
                    prune.setObject(1, Timestamps.of(now.minus(KEPT)));
                    prune.executeUpdate();
                }
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                ClusterConnections.rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("ask the nodes to " + operation.verb().sql() + " " + operation.pluginId(), e);
        }
    }

    /** Records that the cluster wants {@code pluginIds} unloaded (the dependants an unload took along). */
    public void wantUnloaded(Collection<String> pluginIds, String nodeId, Instant now) {
        try (Connection connection = database.getConnection()) {
            for (String id : pluginIds) {
                wantedAs(connection, id, false, Optional.empty(), nodeId, now);
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("record the plugins unloaded with their dependency", e);
        }
    }

    /** The operations asked after operation {@code afterId}, oldest first. */
    public List<Operation> operationsAfter(long afterId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT op_id, verb, plugin_id, with_dependants, forget_timers, asked_by
                     FROM cogbot_cluster_plugin_op WHERE op_id > ? ORDER BY op_id""")) {
            select.setLong(1, afterId);
            try (ResultSet rows = select.executeQuery()) {
                List<Operation> operations = new ArrayList<>();
                while (rows.next()) {
                    operations.add(new Operation(rows.getLong(1), Verb.of(rows.getString(2)), rows.getString(3),
                            rows.getBoolean(4), rows.getBoolean(5), rows.getString(6)));
                }
                return operations;
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("read the plugin operations asked", e);
        }
    }

    /** Writes node {@code nodeId}'s answer to operation {@code operationId}, and announces it. */
    public void answer(long operationId, String nodeId, Answer answer) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO cogbot_cluster_plugin_outcome (op_id, node_id, kind, line) VALUES (?, ?, ?, ?)
                        ON CONFLICT (op_id, node_id) DO UPDATE SET kind = EXCLUDED.kind, line = EXCLUDED.line""")) {
                    insert.setLong(1, operationId);
                    insert.setString(2, nodeId);
                    insert.setString(3, answer.kind());
                    insert.setString(4, answer.line());
                    insert.executeUpdate();
                }
                notify(connection, ANSWERS, operationId);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                ClusterConnections.rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("answer plugin operation " + operationId, e);
        }
    }

    /** The answers to operation {@code operationId} so far, by node id. */
    public Map<String, Answer> answers(long operationId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT node_id, kind, line FROM cogbot_cluster_plugin_outcome WHERE op_id = ? ORDER BY node_id")) {
            select.setLong(1, operationId);
            try (ResultSet rows = select.executeQuery()) {
                Map<String, Answer> answers = new LinkedHashMap<>();
                while (rows.next()) {
                    answers.put(rows.getString(1), new Answer(rows.getString(2), rows.getString(3)));
                }
                return answers;
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("read the answers to plugin operation " + operationId, e);
        }
    }

    private static void wantedAs(Connection connection, String pluginId, boolean loaded, Optional<String> sha256,
                                 String nodeId, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO cogbot_cluster_plugin (plugin_id, wanted, jar_sha256, revision, changed_by, changed_at)
                VALUES (?, ?, ?, nextval('cogbot_cluster_plugin_revision'), ?, ?)
                ON CONFLICT (plugin_id) DO UPDATE SET wanted = EXCLUDED.wanted,
                    jar_sha256 = coalesce(EXCLUDED.jar_sha256, cogbot_cluster_plugin.jar_sha256),
                    revision = EXCLUDED.revision, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")) {
            upsert.setString(1, pluginId);
            upsert.setString(2, loaded ? "loaded" : "unloaded");
            upsert.setString(3, sha256.orElse(null));
            upsert.setString(4, nodeId);
            upsert.setObject(5, Timestamps.of(now));
            upsert.executeUpdate();
        }
    }

    private static void notify(Connection connection, String channel, long id) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, Long.toString(id));
            notify.execute();
        }
    }

    private long single(String sql, String doing) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new ClusterDatabaseException(doing, e);
        }
    }

}
