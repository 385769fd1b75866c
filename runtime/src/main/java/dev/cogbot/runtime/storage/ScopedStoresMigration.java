package dev.cogbot.runtime.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 2: {@code store_counters} and {@code store_values}, keyed by namespace and scope,
 * and the move of cogbot 0.1's rows (version 1: {@code counters} and {@code entries}, one namespace
 * for all plugins) into shared stores. Java, not SQL, because a version 1 name is split by rules
 * ({@link StoreSchema.LegacyName}) no SQL dialect shares.
 *
 * <p>Written to be repeated, as H2 commits every {@code CREATE} at once: the tables are made only if
 * missing, and the move first empties the table it fills, in the transaction that records the
 * version. It lists the tables it moved in {@code cogbot_moved_tables}; they are dropped by
 * {@link StoreSchema} once the move is in the database file, never here.
 *
 * <pre>{@code
 * Flyway.configure().javaMigrations(new ScopedStoresMigration())...
 * }</pre>
 */
final class ScopedStoresMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(ScopedStoresMigration.class);

    // Column names avoid KEY and VALUE, which H2 2.x and other databases reserve.
    private static final String SCOPE_COLUMNS = """
                namespace VARCHAR(300) NOT NULL,
                scope_kind VARCHAR(16) NOT NULL,
                guild_id VARCHAR(100) NOT NULL,
                scope_id VARCHAR(100) NOT NULL,
            """;
    private static final String CREATE_COUNTERS = "CREATE TABLE IF NOT EXISTS store_counters (\n" + SCOPE_COLUMNS + """
                counter_name VARCHAR(255) NOT NULL,
                counter_value BIGINT NOT NULL,
                PRIMARY KEY (namespace, scope_kind, guild_id, scope_id, counter_name)
            )""";
    private static final String CREATE_VALUES = "CREATE TABLE IF NOT EXISTS store_values (\n" + SCOPE_COLUMNS + """
                entry_key VARCHAR(255) NOT NULL,
                entry_value VARCHAR(1000000) NOT NULL,
                PRIMARY KEY (namespace, scope_kind, guild_id, scope_id, entry_key)
            )""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "Scoped stores";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // On H2 each CREATE commits at once, with what came before it: so all come before the move.
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS cogbot_schema (version INT NOT NULL)");
            statement.execute(CREATE_COUNTERS);
            statement.execute(CREATE_VALUES);
            statement.execute("CREATE INDEX IF NOT EXISTS store_counters_by_guild ON store_counters (namespace, guild_id)");
            statement.execute("CREATE INDEX IF NOT EXISTS store_values_by_guild ON store_values (namespace, guild_id)");
        }
        boolean fromVersion1 = false;
        for (StoreSchema.Version1Table old : StoreSchema.Version1Table.values()) {
            fromVersion1 |= StoreSchema.tableExists(connection, old.table);
        }
        int moved = 0;
        if (fromVersion1) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(StoreSchema.CREATE_MOVED);
            }
            for (StoreSchema.Version1Table old : StoreSchema.Version1Table.values()) {
                // A missing table was dropped by a build that did so before recording the version,
                // after committing its rows into the new table: they are there, and stay.
                if (StoreSchema.tableExists(connection, old.table)) {
                    moved += moveRows(connection, old);
                    try (PreparedStatement toDrop = connection.prepareStatement(
                            "INSERT INTO cogbot_moved_tables (table_name) VALUES (?)")) {
                        toDrop.setString(1, old.table);
                        toDrop.executeUpdate();
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM cogbot_schema");
            statement.execute("INSERT INTO cogbot_schema (version) VALUES (2)");
        }
        if (fromVersion1) {
            log.info("Moved {} counter(s) and value(s) of cogbot 0.1 into shared stores", moved);
        }
    }

    /**
     * Copies the rows of {@code old} into its version 2 table, emptied first: what a move cut short
     * left there goes, and every row comes again. Part of the migration's transaction.
     */
    private static int moveRows(Connection connection, StoreSchema.Version1Table old) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + old.into);
        }
        int moved = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(old.select);
             PreparedStatement into = connection.prepareStatement(old.insert)) {
            while (rows.next()) {
                StoreSchema.LegacyName name = StoreSchema.LegacyName.of(rows.getString(1));
                into.setString(1, StoreScope.shared(name.store()).namespace());
                into.setString(2, name.name());
                if (old == StoreSchema.Version1Table.COUNTERS) {
                    into.setLong(3, rows.getLong(2));
                } else {
                    into.setString(3, rows.getString(2));
                }
                into.executeUpdate();
                moved++;
            }
        }
        return moved;
    }
}
