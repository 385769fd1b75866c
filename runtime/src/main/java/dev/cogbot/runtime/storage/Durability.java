package dev.cogbot.runtime.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a commit return only once its data are in the database file, so that a bot killed right
 * after a store call returned loses nothing.
 *
 * <p>H2 by default acknowledges a commit at once and writes it out in the background up to half a
 * second later ({@code WRITE_DELAY}, 500 ms): a kill in that window loses acknowledged commits, and
 * a background write that fails (a full disk) closes the database after the callers were told their
 * writes succeeded, so everything since the last good write is gone. With {@code WRITE_DELAY 0} each
 * commit writes its chunk to the file before it returns, and a failed write fails that commit.
 * The write reaches the operating system, not the disk platter: H2 only forces the file to disk when
 * it closes, and after a power cut it opens at the last complete chunk (see BENCHMARKS.md for what a
 * sync per commit would cost).
 *
 * <p>Other databases make commits durable by themselves (PostgreSQL's and MySQL's defaults do), so
 * only H2 is changed.
 *
 * <pre>{@code
 * Durability.require(connection); // before the connection's first transaction
 * }</pre>
 */
final class Durability {

    /** What to do when the setting is refused. */
    static final String HINT = "Connect as a database user with the ADMIN right";

    private Durability() {
    }

    /**
     * Sets H2's write delay to 0 for the database behind {@code connection}; nothing for other databases.
     *
     * @throws SQLException if H2 refuses the setting (a user without ADMIN rights)
     */
    static void require(Connection connection) throws SQLException {
        if (!isH2(connection)) {
            return;
        }
        // Set at every connect: H2 records the setting in the database but opens it with the delay of
        // the URL (500 ms unless it says otherwise), and the recorded value is then not what applies.
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        }
    }

    static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }
}
