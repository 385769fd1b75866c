package dev.cogbot.runtime.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears what the nodes announce about plugin operations ({@code NOTIFY} on
 * {@link ClusterPluginTable#OPERATIONS} and {@link ClusterPluginTable#ANSWERS}) on a {@code LISTEN}ing
 * connection of the pool, on a thread of its own: it waits on the network, so it is no task of the
 * scheduler. When that connection fails it stops; {@link #keepListening} at the next heartbeat
 * starts it again, and as it does, it tells of operations, since some may have been missed.
 *
 * <pre>{@code
 * PluginAnnouncements announcements = new PluginAnnouncements(dataSource, "cogbot-2", heartbeat,
 *         follower::applyNewOperations, waiting::answered);
 * announcements.keepListening();   // at start, then at each heartbeat
 * }</pre>
 */
final class PluginAnnouncements implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginAnnouncements.class);
    /** How long one wait for a notification lasts, so a stop is noticed. */
    private static final int LISTEN_POLL_MILLIS = 500;

    private final DataSource database;
    private final String nodeId;
    private final Duration heartbeat;
    private final Runnable operationsAsked;
    private final LongConsumer answered;
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile boolean closed;
    private volatile Thread listener;

    /**
     * @param heartbeat       how often {@link #keepListening} is called, for the log
     * @param operationsAsked told that a node asked for operations (or some may have been missed)
     * @param answered        told the id of each operation a node answered
     */
    PluginAnnouncements(DataSource database, String nodeId, Duration heartbeat, Runnable operationsAsked,
                        LongConsumer answered) {
        this.database = database;
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.operationsAsked = operationsAsked;
        this.answered = answered;
    }

    /** Starts listening, unless it listens already. */
    synchronized void keepListening() {
        Thread hearing = listener;
        if (!closed && (hearing == null || !hearing.isAlive())) {
            listener = Thread.ofPlatform().daemon().name("cogbot-cluster-plugins-listener").start(this::listenLoop);
        }
    }

    /** Listens on one connection until it fails or this closes. */
    private void listenLoop() {
        try (Connection connection = database.getConnection()) {
            try {
                listenOn(connection);
            } catch (SQLException | RuntimeException e) {
                // the driver's own connection failed, out of the pool's sight: the pool must not hand it out again
                ClusterConnections.evict(database, connection);
                throw e;
            }
        } catch (SQLException | ClusterException e) {
            if (!closed && failing.compareAndSet(false, true)) {
                log.warn("Node {} no longer hears the other nodes' plugin operations ({}); it catches up at its"
                        + " heartbeat, every {}s", nodeId, e.getMessage(), heartbeat.toSeconds());
            }
        } catch (RuntimeException e) {
            failing.set(true);
            log.error("Node {} stopped hearing the other nodes' plugin operations", nodeId, e);
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            // named, so an operator sees it in pg_stat_activity
            statement.execute("SET application_name = 'cogbot plugins " + nodeId + "'");
            statement.execute("LISTEN " + ClusterPluginTable.OPERATIONS);
            statement.execute("LISTEN " + ClusterPluginTable.ANSWERS);
        }
        if (failing.compareAndSet(true, false)) {
            log.info("Node {} hears the other nodes' plugin operations again", nodeId);
            // what was asked while this node was deaf
            operationsAsked.run();
        }
        while (!closed) {
            PGNotification[] heard = notifications.getNotifications(LISTEN_POLL_MILLIS);
            boolean operations = false;
            for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
                if (ClusterPluginTable.OPERATIONS.equals(notification.getName())) {
                    operations = true;
                } else {
                    answered.accept(Long.parseLong(notification.getParameter()));
                }
            }
            if (operations && !closed) {
                operationsAsked.run();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        }
    }

    /** Stops listening, waiting a little for the listening thread to end. */
    @Override
    public void close() {
        Thread hearing;
        synchronized (this) {
            closed = true;
            hearing = listener;
        }
        if (hearing != null) {
            try {
                hearing.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
