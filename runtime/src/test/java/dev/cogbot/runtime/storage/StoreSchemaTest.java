package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.timers.StoredTimer;
import dev.cogbot.runtime.transport.ChannelRef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a data folder: a database written by cogbot 0.1 (its tables made by the same statements
 * 0.1 ran, its rows written as 0.1 wrote them) opens with its data in shared stores.
 */
class StoreSchemaTest {

    /** The tables exactly as cogbot 0.1 created them. */
    private static final String[] VERSION_1_TABLES = {"""
            CREATE TABLE IF NOT EXISTS counters (
                counter_name VARCHAR(255) NOT NULL PRIMARY KEY,
                counter_value BIGINT NOT NULL
            )""", """
            CREATE TABLE IF NOT EXISTS entries (
                entry_key VARCHAR(255) NOT NULL PRIMARY KEY,
                entry_value VARCHAR(1000000) NOT NULL
            )"""};

    private static final Instant DUE = Instant.parse("2026-01-01T00:10:00Z");

    @TempDir
    Path folder;

    private String url() {
        return JdbcStore.defaultUrl(folder);
    }

    /** A data folder as cogbot 0.1 left it, holding {@code rows}. */
    private void writtenByVersion1(String... rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            for (String table : VERSION_1_TABLES) {
                statement.execute(table);
            }
            for (String row : rows) {
                statement.execute(row);
            }
        }
    }

    @Test
    void theJokesCounterOfVersion1IsTheSharedJokesStoresToldCounter() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            assertThat(store.add(StoreScope.shared("jokes"), "told", 1)).isEqualTo(43);
        }
    }

    @Test
    void valuesOfVersion1MoveLikeCounters() throws SQLException {
        writtenByVersion1("INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
    }

    @Test
    void aNameWithoutAStoreNameKeepsItsWholeNameInTheLegacyStore() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('visits', 5)", "INSERT INTO counters VALUES ('.hidden', 1)",
                "INSERT INTO counters VALUES ('trailing.', 2)", "INSERT INTO entries VALUES ('my plugin.x', 'y')");

        try (JdbcStore store = JdbcStore.open(url())) {
            StoreScope legacy = StoreScope.shared("legacy");
            assertThat(store.counter(legacy, "visits")).isEqualTo(5);
            assertThat(store.counter(legacy, ".hidden")).isEqualTo(1);
            assertThat(store.counter(legacy, "trailing.")).isEqualTo(2);
            assertThat(store.get(legacy, "my plugin.x")).contains("y");
        }
    }

    @Test
    void onlyTheFirstDotNamesTheStore() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('polls.votes.pizza', 3)");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("polls"), "votes.pizza")).isEqualTo(3);
        }
    }

    @Test
    void theUpgradeDropsVersion1sTablesAndRecordsTheVersion() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)");
        JdbcStore.open(url()).close();

        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(tables(connection)).contains("STORE_COUNTERS", "STORE_VALUES", "COGBOT_SCHEMA")
                    .doesNotContain("COUNTERS", "ENTRIES");
            assertThat(schemaVersion(connection)).isEqualTo(StoreSchema.CURRENT);
        }
    }

    @Test
    void anUpgradedDatabaseOpensAgainWithItsDataOnce() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)");
        JdbcStore.open(url()).close();

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
        }
    }

    @Test
    void aNewDatabaseStartsAtTheCurrentVersion() throws SQLException {
        JdbcStore.open(url()).close();

        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(schemaVersion(connection)).isEqualTo(StoreSchema.CURRENT);
            assertThat(tables(connection)).doesNotContain("COUNTERS", "ENTRIES");
        }
    }

    @Test
    void aDatabaseOfANewerCogbotIsRefusedInOneLineAndLeftAsItIs() throws SQLException {
        JdbcStore.open(url()).close();
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE cogbot_schema SET version = 99");
        }

        assertThatThrownBy(() -> JdbcStore.open(url()))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot open the store: the database at jdbc:h2:file:")
                .hasMessageEndingWith("was written by a newer cogbot (schema 99, this one knows up to "
                        + StoreSchema.CURRENT + "); run that version, or restore a backup")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(schemaVersion(connection)).isEqualTo(99);
        }
    }

    // An upgrade cut short: H2 commits each CREATE and DROP at once, so a bot killed (or failing on
    // a full disk) in an upgrade leaves one of these states, and must come up with all its data.

    @Test
    void anUpgradeCutShortAfterCreatingTheNewTablesMovesEverythingAtTheNextStart() throws SQLException {
        newTablesWithoutAVersion();
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)",
                "INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
        assertUpgradedWithoutVersion1Tables();
    }

    @Test
    void rowsAMoveCutShortLeftAreMovedOnceNotTwice() throws SQLException {
        newTablesWithoutAVersion();
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)", "INSERT INTO counters VALUES ('visits', 5)",
                "INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        sql("INSERT INTO store_counters VALUES ('" + StoreScope.shared("jokes").namespace()
                + "', 'global', '', '', 'told', 42)");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            assertThat(store.add(StoreScope.shared("jokes"), "told", 1)).isEqualTo(43);
            assertThat(store.counter(StoreScope.shared("legacy"), "visits")).isEqualTo(5);
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
        assertUpgradedWithoutVersion1Tables();
    }

    @Test
    void version1TablesLeftAfterTheVersionWasRecordedAreDroppedWithoutMovingTheirRowsAgain() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)",
                "INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        JdbcStore.open(url()).close();
        // the upgrade was killed before its drops: the 0.1 tables are back, beside their moved rows
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)",
                "INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        listedAsMoved("counters", "entries");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.add(StoreScope.shared("jokes"), "told", 1)).isEqualTo(43);
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
        assertUpgradedWithoutVersion1Tables();
    }

    @Test
    void aVersion1TableLeftByADropCutShortIsDroppedAtTheNextStart() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)",
                "INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        JdbcStore.open(url()).close();
        // killed between the two drops: counters is gone, entries is still there
        writtenByVersion1("INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        sql("DROP TABLE counters");
        listedAsMoved("counters", "entries");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
        assertUpgradedWithoutVersion1Tables();
    }

    @Test
    void aTableNamedLikeOneOfVersion1sMadeAfterTheUpgradeIsLeftAlone() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)");
        JdbcStore.open(url()).close();
        sql("CREATE TABLE entries (id INT PRIMARY KEY, note VARCHAR(100))");
        sql("INSERT INTO entries VALUES (1, 'not cogbot''s')");

        JdbcStore.open(url()).close();

        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(rows(connection, "entries")).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseWhereOnlyEntriesIsLeftOfVersion1AndNoVersionIsRecordedIsAtVersion1() throws SQLException {
        // as an upgrade that dropped counters before recording the version left it: the drop
        // committed the moved counters, entries was never moved
        newTablesWithoutAVersion();
        writtenByVersion1("INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        sql("DROP TABLE counters");
        sql("INSERT INTO store_counters VALUES ('" + StoreScope.shared("jokes").namespace()
                + "', 'global', '', '', 'told', 42)");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
        assertUpgradedWithoutVersion1Tables();
    }

    @Test
    void aMoveThatFailsLeavesADatabaseThatUpgradesAtTheNextStart() throws SQLException {
        writtenByVersion1("INSERT INTO counters VALUES ('jokes.told', 42)",
                "INSERT INTO entries VALUES ('greeter.welcome', 'Hi there')");
        // a 0.1 row that cannot move (counters' names are limited to 255 characters there too, so
        // this one was written behind 0.1's back): the move fails after the new tables are created
        sql("ALTER TABLE counters ALTER COLUMN counter_name VARCHAR(1000)");
        sql("INSERT INTO counters VALUES ('" + "x".repeat(300) + "', 1)");

        assertThatThrownBy(() -> JdbcStore.open(url())).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot create or upgrade cogbot's tables in the database at ");
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(tables(connection)).contains("COUNTERS", "ENTRIES", "STORE_COUNTERS", "STORE_VALUES");
            assertThat(rows(connection, "store_counters") + rows(connection, "store_values")).isZero();
        }
        sql("DELETE FROM counters WHERE LENGTH(counter_name) > 255");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            assertThat(store.get(StoreScope.shared("greeter"), "welcome")).contains("Hi there");
        }
        assertUpgradedWithoutVersion1Tables();
    }

    @Test
    void aVersion2DatabaseGetsTheTimersTable() throws SQLException {
        writtenByABuildBeforeMigrations();
        sql("DROP TABLE plugin_timers");
        sql("UPDATE cogbot_schema SET version = 2");

        try (JdbcStore store = JdbcStore.open(url())) {
            JdbcTimerStore timers = JdbcTimerStore.on(store);
            timers.put(new StoredTimer("remind", 1, "remind:1", DUE, "tea"));
            assertThat(timers.pending("remind")).hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(schemaVersion(connection)).isEqualTo(StoreSchema.CURRENT);
        }
    }

    @Test
    void aVersion3DatabaseKeepsItsTimersAndThenKeepsTheUserADmTimerIsWith() throws SQLException {
        writtenByVersion3();
        sql("INSERT INTO plugin_timers (plugin_id, timer_name, timer_due, timer_payload, timer_generation,"
                + " channel_id, channel_name, channel_kind) VALUES ('remind', 'remind:1', " + DUE.toEpochMilli()
                + ", 'tea', 1, '43', 'DM with alice', 'DM')");
        StoredTimer cake = new StoredTimer("remind", 2, "remind:2", DUE.plusSeconds(1), "cake",
                ChannelRef.dm("43", "DM with alice", "1001"));

        try (JdbcStore store = JdbcStore.open(url())) {
            JdbcTimerStore timers = JdbcTimerStore.on(store);
            timers.put(cake);
            assertThat(timers.pending("remind")).containsExactly(
                    new StoredTimer("remind", 1, "remind:1", DUE, "tea", ChannelRef.dm("43", "DM with alice")), cake);
        }
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(schemaVersion(connection)).isEqualTo(4);
        }
    }

    @Test
    void anUpgradeToVersion4CutShortAfterAddingTheColumnCompletesAtTheNextStart() throws SQLException {
        StoredTimer cake = new StoredTimer("remind", 2, "remind:2", DUE, "cake", ChannelRef.dm("43", "DM with alice", "1001"));
        try (JdbcStore store = JdbcStore.open(url())) {
            JdbcTimerStore.on(store).put(cake);
        }
        withoutMigrationHistory();
        sql("UPDATE cogbot_schema SET version = 3"); // the column added, the version not yet recorded

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(JdbcTimerStore.on(store).pending("remind")).containsExactly(cake);
        }
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(schemaVersion(connection)).isEqualTo(4);
        }
    }

    @Test
    void aDatabaseOfTheLastCogbotBeforeTheMigrationsKeepsItsRowsAndIsRecordedAtItsVersion() throws SQLException {
        try (JdbcStore store = JdbcStore.open(url())) {
            store.add(StoreScope.shared("jokes"), "told", 42);
            JdbcTimerStore.on(store).put(new StoredTimer("remind", 1, "remind:1", DUE, "tea"));
        }
        withoutMigrationHistory(); // as a version 4 cogbot left it

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(store.add(StoreScope.shared("jokes"), "told", 1)).isEqualTo(43);
            assertThat(JdbcTimerStore.on(store).pending("remind")).hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("SELECT \"type\", \"version\" FROM \""
                     + StoreSchema.HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            java.util.List<String> versions = new java.util.ArrayList<>();
            while (history.next()) {
                versions.add(history.getString(1) + " " + history.getString(2));
            }
            assertThat(versions).as("baselined, and no migration ran again").containsExactly("BASELINE 4");
        }
    }

    /** A data folder as a version 3 cogbot left it: {@code plugin_timers} without a DM's recipient. */
    private void writtenByVersion3() throws SQLException {
        writtenByABuildBeforeMigrations();
        sql("ALTER TABLE plugin_timers DROP COLUMN channel_recipient_id");
        sql("UPDATE cogbot_schema SET version = 3");
    }

    @Test
    void theTimersOfAVersion2DatabaseWhoseTimersTableABuildBeforeVersion3MadeAreKept() throws SQLException {
        StoredTimer tea = new StoredTimer("remind", 1, "remind:1", DUE, "tea");
        try (JdbcStore store = JdbcStore.open(url())) {
            JdbcTimerStore.on(store).put(tea);
        }
        withoutMigrationHistory();
        sql("UPDATE cogbot_schema SET version = 2");

        try (JdbcStore store = JdbcStore.open(url())) {
            assertThat(JdbcTimerStore.on(store).pending("remind")).containsExactly(tea);
        }
    }

    /** Version 2's tables made, empty, and no version recorded: an upgrade killed after its CREATEs. */
    private void newTablesWithoutAVersion() throws SQLException {
        writtenByABuildBeforeMigrations();
        sql("DELETE FROM cogbot_schema");
        sql("DROP TABLE plugin_timers");
    }

    /**
     * The tables of the current version, as a cogbot before the versioned migrations left them: the
     * same tables and {@code cogbot_schema}, without the migrations' history.
     */
    private void writtenByABuildBeforeMigrations() throws SQLException {
        JdbcStore.open(url()).close();
        withoutMigrationHistory();
    }

    /** Forgets the migrations' history, as a build before them, or one killed before recording a migration, left it. */
    private void withoutMigrationHistory() throws SQLException {
        sql("DROP TABLE \"" + StoreSchema.HISTORY_TABLE + "\""); // Flyway names it in small letters
    }

    /** {@code tables} listed as moved, to be dropped: as the move's transaction lists them. */
    private void listedAsMoved(String... tables) throws SQLException {
        sql("CREATE TABLE IF NOT EXISTS cogbot_moved_tables (table_name VARCHAR(100) NOT NULL)");
        for (String table : tables) {
            sql("INSERT INTO cogbot_moved_tables VALUES ('" + table + "')");
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    private void assertUpgradedWithoutVersion1Tables() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url())) {
            assertThat(tables(connection)).contains("STORE_COUNTERS", "STORE_VALUES", "PLUGIN_TIMERS")
                    .doesNotContain("COUNTERS", "ENTRIES", "COGBOT_MOVED_TABLES");
            assertThat(schemaVersion(connection)).isEqualTo(StoreSchema.CURRENT);
        }
    }

    private static long rows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static java.util.List<String> tables(Connection connection) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static int schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version FROM cogbot_schema")) {
            assertThat(row.next()).isTrue();
            return row.getInt(1);
        }
    }
}
