package dev.cogbot.runtime.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections of the cluster's pool that must not be handed out again: one whose session may still
 * hold a lock (a failed unlock), or one the driver broke outside the pool's sight (a failed LISTEN).
 *
 * <pre>{@code
 * PooledConnections.evict(dataSource, connection);   // then close it as usual
 * }</pre>
 */
final class PooledConnections {

    private static final Logger log = LoggerFactory.getLogger(PooledConnections.class);

    private PooledConnections() {
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
