package dev.cogbot.runtime.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The cluster's connections and tables, for as long as the store does not hand its own pool to the
 * cluster: a small pool on the store's PostgreSQL database, migrated with the store's locations and
 * history table, so the store's own migration finds the same history. Once the store's pool is
 * shared, the bot passes that instead and only the tests use this.
 *
 * <pre>{@code
 * try (HikariDataSource pool = ClusterPool.open(jdbcUrl)) {
 *     ClusterNode node = ClusterNode.join(settings, pool, scheduler, info);
 * }
 * }</pre>
 */
public final class ClusterPool {

    /** A heartbeat, the leader's session and one to spare (a listing, a plugin update). */
    private static final int CONNECTIONS = 3;

    private ClusterPool() {
    }

    /**
     * A pool on {@code jdbcUrl}, its database migrated.
     *
     * @throws ClusterDatabaseException if the database cannot be reached or migrated
     */
    public static HikariDataSource open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("cogbot-cluster");
        config.setMaximumPoolSize(CONNECTIONS);
        config.setConnectionTimeout(10_000);
        // fail here, in one line, rather than at the first heartbeat
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ClusterDatabaseException("connect", e);
        }
        try {
            migrate(pool);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Brings {@code database}'s tables up to date, as the store's migration does: both locations, one history table. */
    public static void migrate(DataSource database) {
        try {
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                    .table("cogbot_schema_history")
                    // until the store's own tables are Flyway's too, they are there without a history:
                    // take them as version 0 and add the cluster's on top
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ClusterDatabaseException("create or update the cluster's tables", e);
        }
    }
}
