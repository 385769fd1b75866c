package dev.cogbot.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StorageException;
import dev.cogbot.runtime.storage.StoreScope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a cogbot 0.1 database on a disk too full to hold its moved rows: the upgrade fails with
 * its reason, and once space is freed the next start upgrades it with every row. (H2 loses what it
 * could not write, so the disk here brings the database back to before the upgrade; the states an
 * upgrade cut short after a write leaves are specified one by one in the runtime's StoreSchemaTest.)
 */
class StoreUpgradeOnFullDiskTest {

    private static final int ROWS = 200;
    private static final String TEXT = "x".repeat(20_000); // 200 rows: about 4 MB to move

    @TempDir
    Path temp;

    private SmallDisk disk;
    private String url;

    @BeforeEach
    void mountASmallDisk() {
        disk = SmallDisk.mount(temp.resolve("disk"), 16);
        url = JdbcStore.defaultUrl(disk.path().resolve("data"));
    }

    @AfterEach
    void unmount() {
        disk.close();
    }

    @Test
    void anUpgradeThatRunsOutOfDiskWhileMovingRowsUpgradesWithEveryRowOnceSpaceIsFreed() throws SQLException {
        writtenByVersion1();
        disk.fillLeaving(512 * 1024);

        assertThatThrownBy(() -> JdbcStore.open(url)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot create or upgrade cogbot's tables in the database at ")
                .hasMessageContaining("No space left on device");
        disk.free();
        assertThat(version1Rows()).as("0.1's tables, kept until their rows are moved").isEqualTo(1 + ROWS);

        try (JdbcStore store = JdbcStore.open(url)) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(42);
            for (int i = 0; i < ROWS; i++) {
                assertThat(store.get(StoreScope.shared("notes"), "n" + i)).contains(i + TEXT);
            }
        }
    }

    private long version1Rows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(
                     "SELECT (SELECT COUNT(*) FROM counters) + (SELECT COUNT(*) FROM entries)")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The database as cogbot 0.1 left it: its tables, by the statements 0.1 ran, and its rows. */
    private void writtenByVersion1() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS counters (
                        counter_name VARCHAR(255) NOT NULL PRIMARY KEY,
                        counter_value BIGINT NOT NULL
                    )""");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS entries (
                        entry_key VARCHAR(255) NOT NULL PRIMARY KEY,
                        entry_value VARCHAR(1000000) NOT NULL
                    )""");
            statement.execute("INSERT INTO counters VALUES ('jokes.told', 42)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entries VALUES (?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setString(1, "notes.n" + i);
                    insert.setString(2, i + TEXT);
                    insert.executeUpdate();
                }
            }
        }
    }
}
