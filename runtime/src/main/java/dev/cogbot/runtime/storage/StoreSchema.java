package dev.cogbot.runtime.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's tables, made and upgraded by Flyway's versioned migrations, for H2 and PostgreSQL alike:
 * those in {@code db/migration/common} (both databases) and {@code db/migration/h2} or
 * {@code db/migration/postgresql} (one of them), recorded in {@code cogbot_schema_history}. The
 * versions are one sequence for every part of cogbot (the store's 1 to 4, the cluster's 100 to 111):
 * a new migration, whatever its part, takes a number above the highest there is. A lower one would
 * sit below migrations a PostgreSQL database has applied already, and Flyway would refuse to open
 * it. {@code cogbot_schema} keeps the store's own version, for the cogbots before Flyway.
 *
 * <ul>
 *   <li>Version 1 (cogbot 0.1): {@code counters} and {@code entries}, one namespace shared by all
 *       plugins. Never made now; a database holding them and no version is at version 1.</li>
 *   <li>Version 2 ({@link ScopedStoresMigration}): {@code store_counters} and {@code store_values},
 *       keyed by namespace and scope. Version 1's names become names in shared stores:
 *       {@code jokes.told} is {@code "told"} in the shared store {@code "jokes"}, the part before
 *       the first dot naming the store; a name without such a part (or whose part is no valid
 *       shared name) keeps its whole name in the shared store {@code "legacy"}.</li>
 *   <li>Version 3: {@code plugin_timers}, the durable timers ({@link JdbcTimerStore}).</li>
 *   <li>Version 4: {@code plugin_timers.channel_recipient_id}, the user a DM timer is with.</li>
 * </ul>
 *
 * <p>A database written by a cogbot before Flyway (no history table) is baselined at the version
 * its {@code cogbot_schema} records (or 1 for cogbot 0.1's tables), and the later migrations run.
 * Every migration is written to be repeated, because H2 commits each {@code CREATE} and
 * {@code DROP} at once: an upgrade killed or failing at any point (a full disk) upgrades again at
 * the next start without losing a row; a migration H2 recorded as failed is repaired (its record
 * removed) and run again. Version 1's tables are dropped only after the move is in the database
 * file, and only those the move listed in {@code cogbot_moved_tables}, so a drop cut short is
 * finished at the next start and a table made later under such a name is left alone.
 *
 * <pre>{@code
 * StoreSchema.migrate(dataSource); // before the first statement on the bot's tables
 * }</pre>
 */
public final class StoreSchema {

    /** The store's version this cogbot writes. */
    static final int CURRENT = 4;

    /** The shared store that version 1's names without a store name of their own move into. */
    static final String LEGACY_STORE = "legacy";

    /** Flyway's record of the migrations applied. */
    static final String HISTORY_TABLE = "cogbot_schema_history";

    private static final Logger log = LoggerFactory.getLogger(StoreSchema.class);

    // Version 1's tables whose rows were moved, to be dropped once the move is in the file.
    static final String CREATE_MOVED = "CREATE TABLE IF NOT EXISTS cogbot_moved_tables (table_name VARCHAR(100) NOT NULL)";

    /** Version 1's tables, and how each moves into version 2's. */
    enum Version1Table {
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
     * Brings the database behind {@code dataSource} to the current schema: the store's tables and
     * every other part's. The one way cogbot migrates a database; the cluster's tests use it too.
     *
     * @throws StorageException if a migration fails (the next start runs it again), or the database
     *                          was written by a newer cogbot
     */
    public static void migrate(DataSource dataSource) {
        String shownUrl;
        try (Connection connection = dataSource.getConnection()) {
            shownUrl = JdbcUrls.redact(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new StorageException("cannot open the database to create or upgrade cogbot's tables: "
                    + StoreErrors.reason(e), e);
        }
        migrate(dataSource, shownUrl);
    }

    /** {@link #migrate(DataSource)}, naming the database as {@code shownUrl} (no password) in errors. */
    static void migrate(DataSource dataSource, String shownUrl) {
        try {
            upgrade(dataSource, shownUrl);
        } catch (SQLException | FlywayException e) {
            throw new StorageException("cannot create or upgrade cogbot's tables in the database at " + shownUrl + ": "
                    + StoreErrors.reason(e) + ". Check that the database user may create tables and that the disk is not full", e);
        } catch (IllegalStateException newer) {
            throw new StorageException("cannot open the store: " + newer.getMessage(), newer);
        }
    }

    private static void upgrade(DataSource dataSource, String shownUrl) throws SQLException {
        int legacyVersion;
        String vendor;
        boolean failedBefore;
        try (Connection connection = manualCommit(dataSource.getConnection())) {
            vendor = vendorOf(connection);
            int recorded = recordedVersion(connection);
            if (recorded > CURRENT) {
                throw new IllegalStateException("the database at " + shownUrl + " was written by a newer cogbot (schema "
                        + recorded + ", this one knows up to " + CURRENT + "); run that version, or restore a backup");
            }
            boolean hasHistory = tableExists(connection, HISTORY_TABLE);
            legacyVersion = hasHistory ? 0 : Math.max(recorded, version1(connection));
            failedBefore = hasHistory && failedMigrations(connection) > 0;
            connection.rollback();
        }
        Flyway flyway = Flyway.configure(StoreSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(vendor.isEmpty() ? new String[] {"classpath:db/migration/common"}
                        : new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor})
                .javaMigrations(new ScopedStoresMigration())
                // a database an older cogbot wrote (or one with other tables) starts after its version
                .baselineOnMigrate(true)
                .baselineVersion(String.valueOf(legacyVersion))
                .baselineDescription("tables of cogbot before Flyway, schema " + legacyVersion)
                .load();
        if (failedBefore) {
            // only H2 records a failed migration (it cannot roll DDL back); they are all written to be repeated
            log.info("Running again the migration of the store at {} that failed before", shownUrl);
            flyway.repair();
        }
        int applied = flyway.migrate().migrationsExecuted;
        if (applied > 0) {
            log.info("Upgraded the store at {} with {} migration(s)", shownUrl, applied);
        }
        try (Connection connection = manualCommit(dataSource.getConnection())) {
            // writes the moved rows to the file before the tables they came from are dropped
            Durability.of(connection);
            dropVersion1Tables(connection);
        }
    }

    /**
     * {@code connection} in manual-commit mode, as the store's pool gives them and the drops need;
     * a pool puts the mode back when the connection is returned, so it is set here for any data source.
     */
    private static Connection manualCommit(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** The folder of the migrations for this database only: {@code h2}, {@code postgresql}, or none. */
    private static String vendorOf(Connection connection) throws SQLException {
        return switch (connection.getMetaData().getDatabaseProductName()) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> "";
        };
    }

    /** The version in {@code cogbot_schema}, or 0 if none is recorded. */
    private static int recordedVersion(Connection connection) throws SQLException {
        if (!tableExists(connection, "cogbot_schema")) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT MAX(version) FROM cogbot_schema")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** How many migrations the history records as failed (only H2 records any: it cannot roll DDL back). */
    private static int failedMigrations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM \"" + HISTORY_TABLE + "\" WHERE NOT \"success\"")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** 1 if a table of cogbot 0.1 is there: rows still to move. */
    private static int version1(Connection connection) throws SQLException {
        for (Version1Table old : Version1Table.values()) {
            if (tableExists(connection, old.table)) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * Drops the version 1 tables whose rows were moved, as {@code cogbot_moved_tables} lists them,
     * then that list; called once the move and the version are in the file.
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

    /** Whether the connection's schema has {@code table} (H2 names it in capitals, PostgreSQL in small letters). */
    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet found = meta.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                if (found.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
