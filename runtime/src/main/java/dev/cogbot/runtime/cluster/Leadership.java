package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leadership of a cluster, by a PostgreSQL advisory lock: the node whose database session holds
 * the lock leads. The session is a connection kept for that alone; when the leader's process dies,
 * PostgreSQL ends its session and frees the lock, and the next node to {@link #tick} takes it. No
 * clock decides who leads, so two nodes can never both hold it.
 *
 * <p>Each tick the leader writes its name on its own connection: if that fails (the connection is
 * lost, the database restarted), it steps down at once and tells its listeners; it tries again
 * from the next tick on, like every other node. A node that may not lead now (a node standing by
 * without a shard, which could not write the slash commands) gives the lock up at its tick, and
 * does not take it while it may not.
 *
 * <pre>{@code
 * Leadership leadership = new Leadership(dataSource, "cogbot-1");
 * leadership.onChange(change -> log.info("{}", change));
 * leadership.tick(scheduler.now());    // every heartbeat
 * leadership.tick(scheduler.now(), false);   // this node stands by now: it resigns, if leading
 * leadership.close();                  // resigns: another node takes over at its next tick
 * }</pre>
 */
public final class Leadership implements Leader, AutoCloseable {

    /** The first key of every advisory lock cogbot takes: "cogb" in ASCII, so other programs' locks do not collide. */
    public static final int COGBOT_LOCKS = 0x636f6762;
    /** The second key of the leader's lock. */
    public static final int LEADER_LOCK = 1;

    /**
     * How long the leader's session may take to answer before the leader steps down: a leader cut
     * off from the database (a network partition) must stop leading rather than hang, though the
     * others take over only once PostgreSQL has ended its session.
     */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(Leadership.class);
    private static final String STOPPING = "this node is stopping";
    private static final String STANDING_BY = "this node holds no shard, so it cannot write the slash commands";

    private final DataSource database;
    private final String nodeId;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<LeadershipChange>> listeners = new CopyOnWriteArrayList<>();
    // guarded by lock: the session that holds the advisory lock, while this node leads
    private Connection held;
    private boolean closed;
    private volatile boolean leading;

    public Leadership(DataSource database, String nodeId) {
        this.database = database;
        this.nodeId = nodeId;
    }

    @Override
    public boolean isLeader() {
        return leading;
    }

    @Override
    public boolean inCluster() {
        return true;
    }

    @Override
    public Cancellable onChange(Consumer<LeadershipChange> listener) {
        listeners.add(listener);
        AtomicBoolean cancelled = new AtomicBoolean();
        return new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
                listeners.remove(listener);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    /**
     * One look, each heartbeat: the leader checks that its session still works, stepping down if
     * not; any other node takes the lock if it is free. A node that has just stepped down waits
     * for the next tick.
     */
    public void tick(Instant now) {
        tick(now, true);
    }

    /**
     * {@link #tick(Instant)} for a node that may not lead at times: while {@code mayLead} is false
     * it takes no lead, and a leader resigns, handing over to the others' next tick.
     *
     * @param mayLead false while this node stands by without a shard, and so cannot write the slash commands
     */
    public void tick(Instant now, boolean mayLead) {
        LeadershipChange change = null;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (held != null && !mayLead) {
                release(STANDING_BY);
                change = new LeadershipChange.LostLeadership(STANDING_BY);
            } else if (held != null) {
                if (!stillHeld(now)) {
                    change = new LeadershipChange.LostLeadership("its database connection was lost");
                }
            } else if (mayLead && take(now)) {
                change = new LeadershipChange.BecameLeader();
            }
        } finally {
            lock.unlock();
        }
        if (change != null) {
            tell(change);
        }
    }

    /** Resigns, if leading: the lock is freed for the others' next tick. No tick takes it again. */
    @Override
    public void close() {
        boolean resigned;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            resigned = held != null;
            if (resigned) {
                release(STOPPING);
            }
        } finally {
            lock.unlock();
        }
        if (resigned) {
            tell(new LeadershipChange.LostLeadership(STOPPING));
        }
    }

    private boolean take(Instant now) {
        Connection connection = null;
        try {
            connection = database.getConnection();
            connection.setAutoCommit(true);
            // the pool puts the timeout back when the connection returns to it
            connection.setNetworkTimeout(Runnable::run, (int) ANSWER_WITHIN.toMillis());
            boolean got;
            try (PreparedStatement attempt = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                attempt.setInt(1, COGBOT_LOCKS);
                attempt.setInt(2, LEADER_LOCK);
                try (ResultSet result = attempt.executeQuery()) {
                    result.next();
                    got = result.getBoolean(1);
                }
            }
            if (!got) {
                connection.close();
                return false;
            }
            held = connection;
            leading = true;
            writeName(connection, now, true);
            log.info("Node {} leads the cluster", nodeId);
            return true;
        } catch (SQLException e) {
            log.warn("Node {} could not try to lead the cluster: {}", nodeId, e.getMessage());
            if (connection == held) {
                drop();
            } else {
                closeQuietly(connection);
            }
            return false;
        }
    }

    /** Whether the leader's session still works; it writes the leader's name again to find out. */
    private boolean stillHeld(Instant now) {
        try {
            writeName(held, now, false);
            return true;
        } catch (SQLException e) {
            log.warn("Node {} steps down as the cluster's leader: its database connection was lost ({})", nodeId,
                    e.getMessage());
            drop();
            return false;
        }
    }

    /**
     * The leader's row, for people to read. On taking the lead {@code since} is now; afterwards the
     * same write, on the leader's own session, proves that session still works (and puts the row
     * back should someone have cleared it), keeping {@code since}.
     */
    private void writeName(Connection connection, Instant now, boolean justTaken) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO cogbot_cluster_leader (only_row, node_id, since) VALUES (TRUE, ?, ?)
                ON CONFLICT (only_row) DO UPDATE SET node_id = EXCLUDED.node_id,
                    since = CASE WHEN ? OR cogbot_cluster_leader.node_id <> EXCLUDED.node_id
                                 THEN EXCLUDED.since ELSE cogbot_cluster_leader.since END""")) {
            upsert.setString(1, nodeId);
            upsert.setObject(2, Timestamps.of(now));
            upsert.setBoolean(3, justTaken);
            upsert.executeUpdate();
        }
    }

    /** Gives the lock back and the connection to the pool, on a clean stop or when this node stands by. */
    private void release(String why) {
        // not leading from before the lock is free: the next leader may take it at once
        leading = false;
        try (PreparedStatement clear = held.prepareStatement("DELETE FROM cogbot_cluster_leader WHERE node_id = ?");
             PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            clear.setString(1, nodeId);
            clear.executeUpdate();
            unlock.setInt(1, COGBOT_LOCKS);
            unlock.setInt(2, LEADER_LOCK);
            unlock.executeQuery().close();
            log.info("Node {} no longer leads the cluster: {}", nodeId, why);
        } catch (SQLException e) {
            // the session may still hold the lock (or be gone, and the lock with it): it must not go back
            // to the pool, where it would keep every node from leading
            log.debug("Node {} could not resign cleanly: {}", nodeId, e.getMessage());
            ClusterConnections.evict(database, held);
        }
        drop();
    }

    /** Forgets the leader's session; a broken one is thrown away by the pool rather than reused. */
    private void drop() {
        Connection connection = held;
        held = null;
        leading = false;
        closeQuietly(connection);
    }

    private void tell(LeadershipChange change) {
        for (Consumer<LeadershipChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A listener to the cluster's leadership failed on {}", change, e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a cluster connection failed: {}", e.getMessage());
        }
    }
}
