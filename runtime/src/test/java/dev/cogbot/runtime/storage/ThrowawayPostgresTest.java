package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThrowawayPostgresTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @Test
    void aNewDatabaseAcceptsConnectionsAndStatements() throws SQLException {
        String url = postgres.newDatabase();

        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (n INT)");
            statement.execute("INSERT INTO t VALUES (7)");
            assertThat(single(statement, "SELECT n FROM t")).isEqualTo(7);
        }
    }

    @Test
    void dataSurvivesAStopAndAStart() throws SQLException {
        String url = postgres.newDatabase();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (n INT)");
            statement.execute("INSERT INTO t VALUES (42)");
        }

        postgres.stop();
        postgres.start();

        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT n FROM t")).isEqualTo(42);
        }
    }

    private static int single(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
