package dev.cogbot.runtime.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cogbot.runtime.storage.StoreSchema;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
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
 *     new ShardLeases(database.dataSource(), ...);
 * }
 * }</pre>
 */
public final class ClusterDatabase implements AutoCloseable {

    private final String url;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final DataSource shared;

    private ClusterDatabase(String url) {
        this.url = url;
        this.shared = newPool(12);
    }

    /** A new, empty database, migrated over the common and PostgreSQL locations. */
    public static ClusterDatabase on(ThrowawayPostgres postgres) {
        ClusterDatabase database = new ClusterDatabase(postgres.newDatabase());
        StoreSchema.migrate(database.shared);
        return database;
    }

    public String url() {
        return url;
    }

    /** One pool shared by the callers that do not stand for separate processes. */
    public DataSource dataSource() {
        return shared;
    }

    /** A pool of its own on the database, closed with this. */
    public DataSource newPool() {
        return newPool(4);
    }

    private DataSource newPool(int connections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(connections);
        // a database that is down is reported in a second, not after Hikari's default half minute
        config.setConnectionTimeout(1_000);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Runs {@code sql} on a connection of its own, as someone else on the database would. */
    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url);
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
