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
 * The version is kept in {@code cogbot_schema}.
 *
 * <p>An upgrade is not one transaction: H2 (like MySQL) commits at once every {@code CREATE} and
 * {@code DROP}, whatever the connection's commit mode. So every step is written to be repeated, and
 * a bot killed at any point of an upgrade, or failing in it (a full disk), upgrades again at its next
 * start without losing a row:
 * <ul>
 *   <li>tables and indexes are created only if missing;</li>
 *   <li>moving version 1's rows is one transaction that first empties the new table it fills (which
 *       nothing else writes before the version is recorded), then copies every row and records the
 *       new version: all of it is committed, or none;</li>
 *   <li>that transaction also lists the tables it moved in {@code cogbot_moved_tables}; the commit
 *       is written to the file before those tables are dropped, and a table an interrupted drop left
 *       is dropped at the next start (only listed tables: never one made later under such a name).</li>
 * </ul>
 *
 * <ul>
 *   <li>Version 1 (cogbot 0.1): {@code counters} and {@code entries}, one namespace shared by all
 *       plugins. A database without a version in {@code cogbot_schema} but with either table is at
 *       version 1.</li>
 *   <li>Version 2: {@code store_counters} and {@code store_values}, keyed by namespace (a plugin's
 *       own or a shared name) and scope. Version 1's names become names in shared stores:
 *       {@code jokes.told} is {@code "told"} in the shared store {@code "jokes"}, the part before
 *       the first dot naming the store; a name without such a part (or whose part is no valid
 *       shared name) keeps its whole name in the shared store {@code "legacy"}.</li>
 *   <li>Version 3: {@code plugin_timers}, the durable timers ({@link JdbcTimerStore}). Builds
 *       before it created that table on their own, with these columns, when they opened the timers:
 *       so it is created only if missing, and a version 2 database need not have it.</li>
 *   <li>Version 4: {@code plugin_timers.channel_recipient_id}, the user a timer's DM is with, so
 *       that the DM can be opened again after a restart. Added only if missing; timers written
 *       before it keep none, and their DM is found as before.</li>
 * </ul>
 *
 * <pre>{@code
 * StoreSchema.upgrade(connection, shownUrl, durability); // before the store's first statement
 * }</pre>
 */
final class StoreSchema {

    /** The version this cogbot writes. */
    static final int CURRENT = 4;

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
    // Due instants as epoch milliseconds, which every database orders correctly; a timer's channel
    // as the transport names it, and its server's id, name and owner (none for a DM).
    private static final String CREATE_TIMERS = """
            CREATE TABLE IF NOT EXISTS plugin_timers (
                plugin_id VARCHAR(255) NOT NULL,
                timer_name VARCHAR(255) NOT NULL,
                timer_due BIGINT NOT NULL,
                timer_payload VARCHAR(4000) NOT NULL,
                timer_generation BIGINT NOT NULL,
                channel_id VARCHAR(255),
                channel_name VARCHAR(255),
                channel_kind VARCHAR(16),
                guild_id VARCHAR(255),
                guild_name VARCHAR(255),
                guild_owner_id VARCHAR(255),
                PRIMARY KEY (plugin_id, timer_name)
            )""";

    // A DM timer's other user (version 4); none for other channels and for timers written before.
    // Added only if missing, found through the driver's metadata: not every database knows ADD ... IF NOT EXISTS.
    private static final String RECIPIENT_COLUMN = "channel_recipient_id";
    private static final String ADD_RECIPIENT = "ALTER TABLE plugin_timers ADD " + RECIPIENT_COLUMN + " VARCHAR(255)";

    // Version 1's tables whose rows are moved, and which are to be dropped: listed in the move's
    // transaction, so that an interrupted drop is finished at the next start, and nothing else dropped.
    private static final String CREATE_MOVED = "CREATE TABLE IF NOT EXISTS cogbot_moved_tables (table_name VARCHAR(100) NOT NULL)";

    /** Version 1's tables, and how each moves into version 2's. */
    private enum Version1Table {
        COUNTERS("counters", "store_counters", "SELECT counter_name, counter_value FROM counters",
                "INSERT INTO store_counters (namespace, scope_kind, guild_id, scope_id, counter_name, counter_value)"
                        + " VALUES (?, 'global', '', '', ?, ?)"),
        ENTRIES("entries", "store_values", "SELECT entry_key, entry_value FROM entries",
                "INSERT INTO store_values (namespace, scope_kind, guild_id, scope_id, entry_key, entry_value)"
                        + " VALUES (?, 'global', '', '', ?, ?)");

        final String table;
        final String into;
        final String select;
        final String insert;

        Version1Table(String table, String into, String select, String insert) {
            this.table = table;
            this.into = into;
            this.select = select;
            this.insert = insert;
        }
    }

    private StoreSchema() {
    }

    /**
     * Brings the database behind {@code connection} (in manual-commit mode) to {@link #CURRENT},
     * resuming an upgrade that was interrupted at any point.
     *
     * @param durability how to write a commit to the file, done before version 1's tables are dropped
     * @throws SQLException             if a step fails; the database is left so that the next start
     *                                  upgrades again (the moving of rows is rolled back)
     * @throws IllegalStateException    if the database was written by a newer cogbot
     */
    static void upgrade(Connection connection, String shownUrl, Durability durability) throws SQLException {
        try {
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
                toVersion2(connection, version == 1);
                durability.write(connection);
                if (version == 1) {
                    log.info("Upgraded the store at {} to schema 2: per-plugin and shared stores with scopes", shownUrl);
                }
            }
            if (version < 3) {
                toVersion3(connection);
            }
            if (version < 4) {
                toVersion4(connection);
            }
            // only now, with the moved rows and the version in the file; also what an interrupted drop left
            dropVersion1Tables(connection);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException broken) {
                // a database closed by the failure (a full disk) has nothing left to roll back
                e.addSuppressed(broken);
            }
            throw e;
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
        for (Version1Table old : Version1Table.values()) {
            if (tableExists(connection, old.table)) {
                return 1;
            }
        }
        return 0;
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

    /**
     * Creates version 2's tables if missing, then, in one transaction, moves version 1's rows into
     * them and records version 2. Version 1's tables stay until {@link #dropVersion1Tables}.
     */
    private static void toVersion2(Connection connection, boolean fromVersion1) throws SQLException {
        // On H2 each CREATE commits at once, with what came before it: so all come before the move's transaction.
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_COUNTERS);
            statement.execute(CREATE_VALUES);
            statement.execute("CREATE INDEX IF NOT EXISTS store_counters_by_guild ON store_counters (namespace, guild_id)");
            statement.execute("CREATE INDEX IF NOT EXISTS store_values_by_guild ON store_values (namespace, guild_id)");
        }
        int moved = 0;
        if (fromVersion1) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_MOVED);
            }
            for (Version1Table old : Version1Table.values()) {
                // A missing table was dropped by a build that did so before recording the version,
                // after committing its rows into the new table: they are there, and stay.
                if (tableExists(connection, old.table)) {
                    moved += moveVersion1Rows(connection, old);
                    try (PreparedStatement toDrop = connection.prepareStatement(
                            "INSERT INTO cogbot_moved_tables (table_name) VALUES (?)")) {
                        toDrop.setString(1, old.table);
                        toDrop.executeUpdate();
                    }
                }
            }
        }
        setVersion(connection, 2);
        connection.commit();
        if (fromVersion1) {
            log.info("Moved {} counter(s) and value(s) of cogbot 0.1 into shared stores", moved);
        }
    }

    private static void toVersion3(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TIMERS);
        }
        setVersion(connection, 3);
        connection.commit();
    }

    private static void toVersion4(Connection connection) throws SQLException {
        if (!columnExists(connection, "plugin_timers", RECIPIENT_COLUMN)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(ADD_RECIPIENT);
            }
        }
        setVersion(connection, 4);
        connection.commit();
    }

    /**
     * Drops the version 1 tables whose rows were moved, as {@code cogbot_moved_tables} lists them,
     * then that list; called once the move and the version are in the file. Only listed tables are
     * dropped, so a table named like one of version 1's made after the upgrade is left alone.
     */
    private static void dropVersion1Tables(Connection connection) throws SQLException {
        if (!tableExists(connection, "cogbot_moved_tables")) {
            return;
        }
        for (Version1Table old : Version1Table.values()) {
            boolean listed;
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT COUNT(*) FROM cogbot_moved_tables WHERE table_name = ?")) {
                find.setString(1, old.table);
                try (ResultSet count = find.executeQuery()) {
                    count.next();
                    listed = count.getLong(1) > 0;
                }
            }
            if (listed) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS " + old.table);
                }
                connection.commit(); // H2 has, at the DROP; databases with transactional DDL need it
                log.info("Dropped cogbot 0.1's table {}, whose rows are in {}", old.table, old.into);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS cogbot_moved_tables");
        }
        connection.commit();
    }

    /**
     * Copies the rows of {@code old} into its version 2 table, emptied first: what a move cut short
     * left there goes, and every row comes again. Part of the caller's transaction.
     */
    private static int moveVersion1Rows(Connection connection, Version1Table old) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + old.into);
        }
        int moved = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(old.select);
             PreparedStatement into = connection.prepareStatement(old.insert)) {
            while (rows.next()) {
                LegacyName name = LegacyName.of(rows.getString(1));
                into.setString(1, StoreScope.shared(name.store()).namespace());
                into.setString(2, name.name());
                if (old == Version1Table.COUNTERS) {
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

    private static boolean columnExists(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (boolean upper : new boolean[] {false, true}) {
            try (ResultSet found = meta.getColumns(null, null, upper ? table.toUpperCase(Locale.ROOT) : table,
                    upper ? column.toUpperCase(Locale.ROOT) : column)) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
