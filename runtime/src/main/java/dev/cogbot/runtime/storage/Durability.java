package dev.cogbot.runtime.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How the store makes its commits durable: written to the database file before a call returns, so
 * that a bot killed right after a store call returned loses nothing.
 *
 * <p>H2 acknowledges a commit at once and writes it out in the background up to half a second later
 * ({@code WRITE_DELAY}, 500 ms): a kill in that window loses acknowledged commits, and a background
 * write that fails (a full disk) closes the database after the callers were told their writes
 * succeeded, so everything since the last good write is gone. So for an H2 file the store ends each
 * group of commits with {@code CHECKPOINT}, which writes them to the file and fails if it cannot.
 * The write reaches the operating system, not the disk platter: H2 forces the file to disk only when
 * it closes, and after a power cut it opens at the last complete chunk (BENCHMARKS.md, section 6,
 * has what a sync per commit would cost).
 *
 * <p>Other databases (and H2 in memory) have nothing to add: PostgreSQL's and MySQL's commits are
 * durable by default.
 *
 * <pre>{@code
 * Durability durability = Durability.of(connection); // checks that it may write the file
 * connection.commit();
 * durability.write(connection);                       // now it is in the file
 * }</pre>
 */
final class Durability {

    private final boolean h2File;

    private Durability(boolean h2File) {
        this.h2File = h2File;
    }

    /**
     * How to make the commits of {@code connection} durable; for an H2 file, checks that it can be
     * done by doing it once.
     *
     * @throws SQLException if H2 refuses (a user without the ADMIN right) or cannot write the file
     */
    static Durability of(Connection connection) throws SQLException {
        Durability durability = new Durability(isH2(connection)
                && !connection.getMetaData().getURL().startsWith("jdbc:h2:mem:"));
        durability.write(connection);
        return durability;
    }

    /** Writes what was committed on {@code connection} to the database file, if the commit did not. */
    void write(Connection connection) throws SQLException {
        if (h2File) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }

    /**
     * Closes an H2 database without writing what it still holds, so that commits whose callers were
     * told they failed do not reach the file on close. Some may be there already: H2 also writes on
     * its own (its background writer every {@code WRITE_DELAY}, and a commit that fills its write
     * buffer), which cannot be turned off without writing every commit at once, so a failed call is
     * "may or may not have been stored" (see {@link dev.cogbot.api.StoreException}). Quiet: the
     * database may be closed already.
     */
    void discard(Connection connection) {
        if (h2File) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException closedAlready) {
                // nothing left to write
            }
        }
    }

    static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }
}
