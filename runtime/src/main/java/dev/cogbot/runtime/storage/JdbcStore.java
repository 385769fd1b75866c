package dev.cogbot.runtime.storage;

import dev.cogbot.api.Store;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's {@link Store} in a JDBC database: an embedded H2 file in the data folder by default,
 * any database with a JDBC driver on the class path in principle.
 *
 * <p>All access goes through one connection on one platform thread of the store's own: the
 * store's traffic is a few tiny statements per command, so one connection is plenty, and running
 * them one at a time makes {@link #add} atomic without relying on any database's upsert dialect.
 * Callers wait for their statement without being interruptible, because the threads that call
 * the store are interrupted when their plugin is unloaded, and an interrupt reaching an embedded
 * database's file I/O closes the file under it.
 *
 * <p><b>Nothing is lost silently.</b> A call returns only once its transaction is committed and
 * written to the database file (see {@link Durability}), so a process killed right after loses
 * nothing; the calls that queued up meanwhile are written together ({@link StoreConnection}). A
 * write that cannot be made (a full disk, say) throws {@link StorageException} and is logged as an
 * ERROR; what was committed before stays in the file. When the database closed itself after such a
 * failure, as H2 does, the next call opens it again, so the store works again once the cause is
 * gone, without a restart.
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(dataDir))) {
 *     store.increment("jokes.told");
 * }
 * }</pre>
 */
public final class JdbcStore implements Store, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JdbcStore.class);

    private final StoreConnection db;

    private JdbcStore(StoreConnection db) {
        this.db = db;
    }

    /**
     * Connects to {@code jdbcUrl} and creates the store's tables if they are missing.
     *
     * @throws StorageException if the database cannot be opened or the tables cannot be created
     */
    public static JdbcStore open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        JdbcStore store = new JdbcStore(new StoreConnection(jdbcUrl));
        log.info("Opened the store at {}", store.db.shownUrl());
        return store;
    }

    /**
     * The URL of an embedded H2 database named {@code cogbot} in {@code dataDir}, creating the folder
     * if needed. The file is locked while the bot runs, so a second bot on the same folder fails fast.
     *
     * @throws StorageException if the folder cannot be created
     */
    public static String defaultUrl(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("cannot create the data folder " + folder + ": " + folderProblem(e)
                    + ". Check its permissions or choose another data folder", e);
        }
        // AUTO_SERVER=FALSE: one bot owns its database; sharing it would need a real server anyway.
        return "jdbc:h2:file:" + folder.resolve("cogbot") + ";AUTO_SERVER=FALSE";
    }

    /** The store's one connection, for the other tables kept through it ({@link JdbcTimerStore}). */
    StoreConnection connection() {
        return db;
    }

    @Override
    public long add(String counter, long delta) {
        StoreLimits.checkName(counter);
        return db.run("add " + delta + " to counter '" + counter + "'", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE counters SET counter_value = counter_value + ? WHERE counter_name = ?")) {
                update.setLong(1, delta);
                update.setString(2, counter);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO counters (counter_name, counter_value) VALUES (?, ?)")) {
                        insert.setString(1, counter);
                        insert.setLong(2, delta);
                        insert.executeUpdate();
                    }
                    return delta;
                }
            }
            return readCounter(connection, counter);
        });
    }

    @Override
    public long counter(String counter) {
        StoreLimits.checkName(counter);
        return db.run("read counter '" + counter + "'", connection -> readCounter(connection, counter));
    }

    @Override
    public Optional<String> get(String key) {
        StoreLimits.checkName(key);
        return db.run("read '" + key + "'", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entry_value FROM entries WHERE entry_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Stores {@code value} under {@code key}, replacing any value there.
     *
     * @throws IllegalArgumentException if {@code value} is longer than {@link Store#MAX_VALUE_LENGTH}
     */
    @Override
    public void put(String key, String value) {
        StoreLimits.checkName(key);
        StoreLimits.checkValue(key, value);
        db.run("write '" + key + "'", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE entries SET entry_value = ? WHERE entry_key = ?")) {
                update.setString(1, value);
                update.setString(2, key);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO entries (entry_key, entry_value) VALUES (?, ?)")) {
                        insert.setString(1, key);
                        insert.setString(2, value);
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void remove(String key) {
        StoreLimits.checkName(key);
        db.run("remove '" + key + "'", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entries WHERE entry_key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes a consistent copy of the store to {@code target}, a zip holding the H2 database file,
     * while the bot keeps running; store calls wait meanwhile (a small database takes milliseconds).
     *
     * @return the backup's size in bytes
     * @throws StorageException if the store is not an H2 file or the backup cannot be written; the
     *                          store itself is not counted as failing for it
     */
    public long backupTo(Path target) {
        Objects.requireNonNull(target, "target");
        // a backup that fails (its target's disk is full) leaves the store as healthy as it was
        return db.runApart("back up the store to " + target.toAbsolutePath().normalize(),
                connection -> StoreBackup.write(connection, target, db.shownUrl()));
    }

    /**
     * Writes what is committed and closes the connection; an embedded H2 database is then unlocked.
     * Idempotent.
     *
     * @throws StorageException if the store's last call failed (none succeeded after it), so that a
     *                          bot stopping with a failing store does not end as if all was well
     */
    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "JdbcStore[" + db.shownUrl() + "]";
    }

    private static long readCounter(Connection connection, String counter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT counter_value FROM counters WHERE counter_name = ?")) {
            select.setString(1, counter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        }
    }

    private static String folderProblem(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied on " + denied.getFile();
            case FileAlreadyExistsException inTheWay -> inTheWay.getFile() + " is a file, not a folder";
            default -> StoreErrors.reason(e);
        };
    }


}
