package dev.cogbot.runtime.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.storage.StoreSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fresh database on a {@link ThrowawayPostgres}, migrated as the store migrates it, with a
 * connection pool per simulated process: each node of a test gets a pool of its own, as each
 * process of a cluster has, so killing one node's session leaves the others' alone.
 *
 * <pre>{@code
 * try (ClusterDatabase database = ClusterDatabase.on(postgres)) {
 *     DataSource first = database.newPool();
 *     DataSource second = database.newPool();
 * }
 * }</pre>
 */
public final class ClusterDatabase implements AutoCloseable {

    private final String url;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private ClusterDatabase(String url) {
        this.url = url;
    }

    /** A new, empty database, migrated over the common and PostgreSQL locations. */
    public static ClusterDatabase on(ThrowawayPostgres postgres) {
        ClusterDatabase database = new ClusterDatabase(postgres.newDatabase());
        StoreSchema.migrate(database.newPool());
        return database;
    }

    public String url() {
        return url;
    }

    /** A pool of its own on the database, closed with this. */
    public DataSource newPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(5_000);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Runs {@code sql} on a connection of its own, as someone else on the database would. */
    public void execute(String sql) {
        try (Connection connection = java.sql.DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
    }
}
