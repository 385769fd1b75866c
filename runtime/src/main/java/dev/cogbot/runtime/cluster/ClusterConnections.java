package dev.cogbot.runtime.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the cluster's classes do with a connection of the pool when a statement failed: roll its
 * transaction back without hiding why it failed, and drop it from the pool when it must not be
 * handed out again (its session may still hold a lock, or the driver broke it out of the pool's sight).
 *
 * <pre>{@code
 * } catch (SQLException | RuntimeException e) {
 *     ClusterConnections.rollbackQuietly(connection);
 *     throw e;
 * }
 * ClusterConnections.evict(dataSource, connection);   // then close it as usual
 * }</pre>
 */
final class ClusterConnections {

    private static final Logger log = LoggerFactory.getLogger(ClusterConnections.class);

    private ClusterConnections() {
    }

    /**
     * Rolls back {@code connection}'s transaction after a failure; a connection too broken to roll
     * back has lost the transaction with it, and the failure that brought it here is the one to tell.
     */
    static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("Rolling back a cluster transaction failed: {}", e.getMessage());
        }
    }

    /** Closes {@code connection}'s session for good when {@code database} is a HikariCP pool; else nothing. */
    static void evict(DataSource database, Connection connection) {
        try {
            if (connection != null && database.isWrapperFor(HikariDataSource.class)) {
                database.unwrap(HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not drop a cluster connection from the pool: {}", e.toString());
        }
    }
}
