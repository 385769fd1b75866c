package dev.cogbot.runtime.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's tables, and the steps that bring a database written by an older cogbot up to them.
 * The version is kept in {@code cogbot_schema}; each step runs as one transaction with the version
 * it reaches, so a bot killed during an upgrade finds the database as before it and upgrades again.
 *
 * <ul>
 *   <li>Version 1 (cogbot 0.1): {@code counters} and {@code entries}, one namespace shared by all
 *       plugins. A database without {@code cogbot_schema} but with {@code counters} is at version 1.</li>
 *   <li>Version 2: {@code store_counters} and {@code store_values}, keyed by namespace (a plugin's
 *       own or a shared name) and scope. Version 1's names become names in shared stores:
 *       {@code jokes.told} is {@code "told"} in the shared store {@code "jokes"}, the part before
 *       the first dot naming the store; a name without such a part (or whose part is no valid
 *       shared name) keeps its whole name in the shared store {@code "legacy"}.</li>
 * </ul>
 *
 * <pre>{@code
 * StoreSchema.upgrade(connection, shownUrl); // before the store's first statement
 * }</pre>
 */
final class StoreSchema {

    /** The version this cogbot writes. */
    static final int CURRENT = 2;

    /** The shared store that version 1's names without a store name of their own move into. */
    static final String LEGACY_STORE = "legacy";

    private static final Logger log = LoggerFactory.getLogger(StoreSchema.class);

    // Column names avoid KEY and VALUE, which H2 2.x and other databases reserve.
    private static final String SCOPE_COLUMNS = """
                namespace VARCHAR(300) NOT NULL,
                scope_kind VARCHAR(16) NOT NULL,
                guild_id VARCHAR(100) NOT NULL,
                scope_id VARCHAR(100) NOT NULL,
            """;
    private static final String CREATE_COUNTERS = "CREATE TABLE store_counters (\n" + SCOPE_COLUMNS + """
                counter_name VARCHAR(255) NOT NULL,
                counter_value BIGINT NOT NULL,
                PRIMARY KEY (namespace, scope_kind, guild_id, scope_id, counter_name)
            )""";
    private static final String CREATE_VALUES = "CREATE TABLE store_values (\n" + SCOPE_COLUMNS + """
                entry_key VARCHAR(255) NOT NULL,
                entry_value VARCHAR(1000000) NOT NULL,
                PRIMARY KEY (namespace, scope_kind, guild_id, scope_id, entry_key)
            )""";

    private StoreSchema() {
    }

    /**
     * Brings the database behind {@code connection} (in manual-commit mode) to {@link #CURRENT}.
     *
     * @throws SQLException             if a step fails; what it did is rolled back
     * @throws IllegalStateException    if the database was written by a newer cogbot
     */
    static void upgrade(Connection connection, String shownUrl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS cogbot_schema (version INT NOT NULL)");
        }
        connection.commit();
        int version = version(connection);
        if (version > CURRENT) {
            throw new IllegalStateException("the database at " + shownUrl + " was written by a newer cogbot (schema "
                    + version + ", this one knows up to " + CURRENT + "); run that version, or restore a backup");
        }
        if (version < 2) {
            try {
                toVersion2(connection, version == 1);
                setVersion(connection, 2);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            if (version == 1) {
                log.info("Upgraded the store at {} to schema 2: per-plugin and shared stores with scopes", shownUrl);
            }
        }
    }

    private static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT MAX(version) FROM cogbot_schema")) {
            row.next();
            int version = row.getInt(1);
            if (!row.wasNull()) {
                return version;
            }
        }
        return tableExists(connection, "counters") ? 1 : 0;
    }

    private static void setVersion(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM cogbot_schema");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cogbot_schema (version) VALUES (?)")) {
            insert.setInt(1, version);
            insert.executeUpdate();
        }
    }

    private static void toVersion2(Connection connection, boolean fromVersion1) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_COUNTERS);
            statement.execute(CREATE_VALUES);
            statement.execute("CREATE INDEX store_counters_by_guild ON store_counters (namespace, guild_id)");
            statement.execute("CREATE INDEX store_values_by_guild ON store_values (namespace, guild_id)");
        }
        if (!fromVersion1) {
            return;
        }
        int moved = moveVersion1Rows(connection, "SELECT counter_name, counter_value FROM counters",
                "INSERT INTO store_counters (namespace, scope_kind, guild_id, scope_id, counter_name, counter_value)"
                        + " VALUES (?, 'global', '', '', ?, ?)", true);
        moved += moveVersion1Rows(connection, "SELECT entry_key, entry_value FROM entries",
                "INSERT INTO store_values (namespace, scope_kind, guild_id, scope_id, entry_key, entry_value)"
                        + " VALUES (?, 'global', '', '', ?, ?)", false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE counters");
            statement.execute("DROP TABLE entries");
        }
        log.info("Moved {} counter(s) and value(s) of cogbot 0.1 into shared stores", moved);
    }

    private static int moveVersion1Rows(Connection connection, String select, String insert, boolean counters)
            throws SQLException {
        int moved = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(select);
             PreparedStatement into = connection.prepareStatement(insert)) {
            while (rows.next()) {
                LegacyName name = LegacyName.of(rows.getString(1));
                into.setString(1, StoreScope.shared(name.store()).namespace());
                into.setString(2, name.name());
                if (counters) {
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

    /** A version 1 name as the shared store it moves into and its name there. */
    record LegacyName(String store, String name) {

        static LegacyName of(String old) {
            int dot = old.indexOf('.');
            if (dot > 0 && dot < old.length() - 1 && StoreLimits.isSharedName(old.substring(0, dot))) {
                return new LegacyName(old.substring(0, dot), old.substring(dot + 1));
            }
            return new LegacyName(LEGACY_STORE, old);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet found = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
