package dev.cogbot.runtime.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh database on a {@link ThrowawayPostgres}, migrated as the bot migrates it, behind a
 * HikariCP pool: what the cluster classes get from the store in production.
 *
 * <pre>{@code
 * try (ClusterDatabase database = ClusterDatabase.on(postgres)) {
 *     new ShardLeases(database.dataSource(), ...);
 * }
 * }</pre>
 */
final class ClusterDatabase implements AutoCloseable {

    private final HikariDataSource pool;

    private ClusterDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    static ClusterDatabase on(ThrowawayPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.newDatabase());
        config.setMaximumPoolSize(12);
        config.setPoolName("cluster-test");
        // a database that is down is reported in a second, not after Hikari's default half minute
        config.setConnectionTimeout(1_000);
        HikariDataSource pool = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .table("cogbot_schema_history")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        return new ClusterDatabase(pool);
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
