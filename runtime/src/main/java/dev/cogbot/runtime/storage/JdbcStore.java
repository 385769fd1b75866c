package dev.cogbot.runtime.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's {@link Storage} in a JDBC database: an embedded H2 file in the data folder by default,
 * or a PostgreSQL database that several cogbot processes share ({@code jdbc-url}).
 *
 * <p>Connections come from a pool, and calls run on threads of the store's own
 * ({@link StoreConnection}): on H2 one at a time on one connection, on PostgreSQL several at once.
 * Callers wait for their statement without being interruptible, because the threads that call
 * the store are interrupted when their plugin is unloaded, and an interrupt reaching an embedded
 * database's file I/O closes the file under it.
 *
 * <p><b>Atomic across processes.</b> Each call is one transaction, and an {@link #add} or a
 * {@link #put} is one statement ({@link StoreDialect}): processes adding to one counter at once all
 * count. Values are last-writer-wins: of two processes writing one key at once, the value of the
 * one that commits last stays, and nothing merges them.
 *
 * <p><b>Nothing is lost silently.</b> A call returns only once its transaction is committed and
 * durable: on H2 written to the database file (see {@link Durability}; the calls that queued up
 * meanwhile are written together), on PostgreSQL committed by the server. A write that cannot be
 * made (a full disk, the server down or restarting) throws {@link StorageException} and is logged
 * as an ERROR; what was committed before stays. The store works again by itself once the cause is
 * gone: H2 is opened again after it closed itself, and the pool connects to a restarted server.
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(dataDir))) {
 *     store.add(StoreScope.shared("jokes"), "told", 1);
 * }
 * }</pre>
 */
public final class JdbcStore implements Storage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JdbcStore.class);

    /** The condition that picks one scope's rows: four parameters, see {@link #bindScope}. */
    private static final String IN_SCOPE = "namespace = ? AND scope_kind = ? AND guild_id = ? AND scope_id = ?";

    private final StoreConnection db;

    private JdbcStore(StoreConnection db) {
        this.db = db;
    }

    /**
     * Connects to {@code jdbcUrl} and creates the store's tables if they are missing, or upgrades
     * those of an older cogbot ({@link StoreSchema}).
     *
     * @throws StorageException if the database cannot be opened or the tables cannot be created
     */
    public static JdbcStore open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty());
    }

    /**
     * {@link #open(String)} with the database user's {@code password} given apart from the URL
     * (from {@code jdbc-password} or {@code jdbc-password-file}), so that it is in no URL at all.
     *
     * @throws StorageException if the database cannot be opened or the tables cannot be created
     */
    public static JdbcStore open(String jdbcUrl, Optional<String> password) {
        return open(jdbcUrl, password, StoreOptions.DEFAULTS);
    }

    /**
     * {@link #open(String, Optional)} with its connection pools set up as {@code options} say.
     *
     * <pre>{@code
     * JdbcStore store = JdbcStore.open(url, Optional.empty(), StoreOptions.DEFAULTS.withPoolMetrics(metrics.pools()));
     * }</pre>
     *
     * @throws StorageException if the database cannot be opened or the tables cannot be created
     */
    public static JdbcStore open(String jdbcUrl, Optional<String> password, StoreOptions options) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(options, "options");
        JdbcStore store = new JdbcStore(new StoreConnection(jdbcUrl, password, options));
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

    /** The store's connections, for the other tables kept through it ({@link JdbcTimerStore}). */
    StoreConnection connection() {
        return db;
    }

    /**
     * Connections to the store's database for the parts of cogbot that keep tables of their own there
     * (the cluster's nodes, leases, leader and logins), made by the same migrations
     * ({@link StoreSchema}). They come from a pool apart from the store's calls, so a connection held
     * for a lock (the leader's, a gateway login's) never keeps a command's store call waiting. They
     * come in auto-commit mode: a caller wanting a transaction turns it off and commits. The pool
     * opens at the first call and is closed with the store.
     *
     * <pre>{@code
     * try (Connection connection = store.dataSource().getConnection()) { ... }
     * }</pre>
     */
    public DataSource dataSource() {
        return db.clusterPool();
    }

    @Override
    public long add(StoreScope scope, String counter, long delta) {
        return db.run("add " + delta + " to counter '" + counter + "' of " + scope, connection -> {
            // one statement, so that processes adding at once all count (PostgreSQL's row lock, H2's one writer)
            try (PreparedStatement upsert = connection.prepareStatement(StoreDialect.of(connection).addToCounter())) {
                int column = bindScope(upsert, 1, scope);
                upsert.setString(column, counter);
                upsert.setLong(column + 1, delta);
                if (upsert.execute()) {
                    try (ResultSet row = upsert.getResultSet()) {
                        row.next();
                        return row.getLong(1);
                    }
                }
            }
            return readCounter(connection, scope, counter);
        });
    }

    @Override
    public long counter(StoreScope scope, String counter) {
        return db.run("read counter '" + counter + "' of " + scope, connection -> readCounter(connection, scope, counter));
    }

    @Override
    public Optional<String> get(StoreScope scope, String key) {
        return db.run("read '" + key + "' of " + scope, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entry_value FROM store_values WHERE " + IN_SCOPE + " AND entry_key = ?")) {
                select.setString(bindScope(select, 1, scope), key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(StoreScope scope, String key, String value) {
        db.run("write '" + key + "' of " + scope, connection -> {
            // one statement: of processes writing at once, the last one's value stays
            try (PreparedStatement upsert = connection.prepareStatement(StoreDialect.of(connection).putValue())) {
                int column = bindScope(upsert, 1, scope);
                upsert.setString(column, key);
                upsert.setString(column + 1, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(StoreScope scope, String key) {
        db.run("remove '" + key + "' of " + scope, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM store_values WHERE " + IN_SCOPE + " AND entry_key = ?")) {
                delete.setString(bindScope(delete, 1, scope), key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> keys(StoreScope scope, String prefix, String after, int limit) {
        return db.run("list the keys of " + scope, connection -> names(connection, "store_values", "entry_key",
                scope, prefix, after, limit));
    }

    @Override
    public List<String> counterNames(StoreScope scope, String prefix, String after, int limit) {
        return db.run("list the counters of " + scope, connection -> names(connection, "store_counters", "counter_name",
                scope, prefix, after, limit));
    }

    @Override
    public int clear(StoreScope scope) {
        return db.run("clear " + scope, connection -> {
            int deleted = 0;
            for (String table : List.of("store_counters", "store_values")) {
                if (scope.coversGuild()) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE namespace = ? AND guild_id = ?")) {
                        delete.setString(1, scope.namespace());
                        delete.setString(2, scope.guildId());
                        deleted += delete.executeUpdate();
                    }
                } else {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE " + IN_SCOPE)) {
                        bindScope(delete, 1, scope);
                        deleted += delete.executeUpdate();
                    }
                }
            }
            return deleted;
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

    /** Binds {@link #IN_SCOPE}'s parameters from {@code first} on; returns the next parameter's index. */
    private static int bindScope(PreparedStatement statement, int first, StoreScope scope) throws SQLException {
        statement.setString(first, scope.namespace());
        statement.setString(first + 1, scope.kind().column());
        statement.setString(first + 2, scope.guildId());
        statement.setString(first + 3, scope.scopeId());
        return first + 4;
    }

    private static List<String> names(Connection connection, String table, String column, StoreScope scope,
                                      String prefix, String after, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM " + table + " WHERE "
                + IN_SCOPE + " AND " + column + " LIKE ? ESCAPE '\\' AND " + column + " > ? ORDER BY " + column
                + " FETCH FIRST ? ROWS ONLY")) {
            int next = bindScope(select, 1, scope);
            select.setString(next, likePrefix(prefix));
            select.setString(next + 1, after);
            select.setInt(next + 2, limit);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return List.copyOf(names);
        }
    }

    /** A LIKE pattern matching what starts with {@code prefix}, its wildcards taken literally. */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static long readCounter(Connection connection, StoreScope scope, String counter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT counter_value FROM store_counters WHERE " + IN_SCOPE + " AND counter_name = ?")) {
            select.setString(bindScope(select, 1, scope), counter);
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
