package dev.cogbot.runtime.storage;

import dev.cogbot.api.Store;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * nothing. The calls that queued up while one ran are committed one by one and then written
 * together (a group commit): under load that is one write for many calls instead of one each. A write that cannot be made (a full disk, say) throws {@link StorageException}
 * and is logged as an ERROR; what was committed before stays in the file. When the database closed
 * itself after such a failure, as H2 does, the next call opens it again, so the store works again
 * once the cause is gone, without a restart.
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(dataDir))) {
 *     store.increment("jokes.told");
 * }
 * }</pre>
 */
public final class JdbcStore implements Store, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JdbcStore.class);

    /** The most calls written together: a bound on how long the first of them waits. */
    private static final int MAX_GROUP = 256;

    /** H2's "Database may be already in use": another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    // Column names avoid KEY and VALUE, which H2 2.x and other databases reserve.
    private static final String CREATE_COUNTERS = """
            CREATE TABLE IF NOT EXISTS counters (
                counter_name VARCHAR(255) NOT NULL PRIMARY KEY,
                counter_value BIGINT NOT NULL
            )""";
    private static final String CREATE_ENTRIES = """
            CREATE TABLE IF NOT EXISTS entries (
                entry_key VARCHAR(255) NOT NULL PRIMARY KEY,
                entry_value VARCHAR(1000000) NOT NULL
            )""";

    private final String jdbcUrl;
    private final String shownUrl;
    private final ThreadPoolExecutor io = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("cogbot-store").daemon().factory());
    // confined to the io thread:
    private Connection connection; // null after a failure broke it, until the next call reconnects
    private Durability durability; // the connection's
    private final List<Waiting<?>> group = new ArrayList<>(); // committed, not yet written
    private boolean closed;
    private long failuresInARow;
    private StorageException lastFailure; // null once a call succeeds

    private JdbcStore(Connected connected, String jdbcUrl, String shownUrl) {
        this.connection = connected.connection();
        this.durability = connected.durability();
        this.jdbcUrl = jdbcUrl;
        this.shownUrl = shownUrl;
    }

    /**
     * Connects to {@code jdbcUrl} and creates the store's tables if they are missing.
     *
     * @throws StorageException if the database cannot be opened or the tables cannot be created
     */
    public static JdbcStore open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String shownUrl = JdbcUrls.redact(jdbcUrl);
        JdbcStore store = new JdbcStore(connect(jdbcUrl, shownUrl), jdbcUrl, shownUrl);
        log.info("Opened the store at {}", shownUrl);
        return store;
    }

    /** A connection and how to make its commits durable. */
    private record Connected(Connection connection, Durability durability) {
    }

    /** A connection with cogbot's tables, durable commits, and one transaction per store call. */
    private static Connected connect(String jdbcUrl, String shownUrl) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new StorageException("cannot open the database at " + shownUrl + ": " + reason(e)
                    + ". Check jdbc-url in cogbot.properties", e);
        }
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_COUNTERS);
                statement.execute(CREATE_ENTRIES);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("cannot create cogbot's tables in the database at " + shownUrl + ": "
                    + reason(e) + ". Check that the database user may create tables and that the disk is not full", e);
        }
        try {
            Durability durability = Durability.of(connection);
            // Each store call is one transaction, so add's update-then-insert is all or nothing.
            connection.setAutoCommit(false);
            return new Connected(connection, durability);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("cannot write to the database at " + shownUrl + ": " + reason(e)
                    + ". Check that the disk is not full and that the database user has the ADMIN right", e);
        }
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

    @Override
    public long add(String counter, long delta) {
        StoreLimits.checkName(counter);
        return locked("add " + delta + " to counter '" + counter + "'", connection -> {
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
        return locked("read counter '" + counter + "'", connection -> readCounter(connection, counter));
    }

    @Override
    public Optional<String> get(String key) {
        StoreLimits.checkName(key);
        return locked("read '" + key + "'", connection -> {
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
        locked("write '" + key + "'", connection -> {
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
        locked("remove '" + key + "'", connection -> {
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
     * @throws StorageException if the store is not an H2 file or the backup cannot be written
     */
    public long backupTo(Path target) {
        Objects.requireNonNull(target, "target");
        return locked("back up the store to " + target, connection -> StoreBackup.write(connection, target, shownUrl));
    }

    /**
     * Closes the connection; an embedded H2 database is then flushed and unlocked. Idempotent.
     *
     * @throws StorageException if the store's last call failed (none succeeded after it), so that a
     *                          bot stopping with a failing store does not end as if all was well
     */
    @Override
    public void close() {
        StorageException failing;
        try {
            failing = onStoreThread("close", () -> {
                if (closed) {
                    return null;
                }
                writeGroup();
                closed = true;
                if (connection != null) {
                    try {
                        connection.close();
                        log.debug("Closed the store at {}", shownUrl);
                    } catch (SQLException e) {
                        // what was committed is in the file already: closing only tidies up
                        log.warn("Closing the store at {} failed: {}", shownUrl, reason(e));
                    }
                }
                return lastFailure;
            });
        } catch (StorageException alreadyClosed) {
            failing = null;
        } finally {
            io.shutdown();
        }
        if (failing != null) {
            throw new StorageException("the store was failing when the bot stopped; its last call: "
                    + failing.getMessage(), failing);
        }
    }

    @Override
    public String toString() {
        return "JdbcStore[" + shownUrl + "]";
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction on the store's thread and returns its result once the
     * transaction is written; {@code action} names it in errors. A failure is logged as an ERROR
     * (once for a run of failures, so a full disk does not flood the log) and thrown; a connection
     * it broke is replaced at the next call.
     */
    private <T> T locked(String action, SqlWork<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        try {
            io.execute(() -> runInGroup(action, work, outcome));
        } catch (RejectedExecutionException e) {
            throw new StorageException("cannot " + action + ": the store is closed because the bot is shutting down", e);
        }
        return await(outcome);
    }

    /** On the store's thread: commits {@code work}, and writes the group once no other call is queued. */
    private <T> void runInGroup(String action, SqlWork<T> work, CompletableFuture<T> outcome) {
        try {
            if (closed) {
                outcome.completeExceptionally(new StorageException(
                        "cannot " + action + ": the store is closed because the bot is shutting down"));
                return;
            }
            if (connection == null) {
                try {
                    Connected connected = connect(jdbcUrl, shownUrl);
                    connection = connected.connection();
                    durability = connected.durability();
                } catch (StorageException e) {
                    outcome.completeExceptionally(failed(new StorageException(
                            "cannot " + action + ": " + e.getMessage(), e.getCause())));
                    return;
                }
            }
            try {
                T result = work.run(connection);
                connection.commit();
                group.add(new Waiting<>(action, outcome, result));
            } catch (SQLException e) {
                outcome.completeExceptionally(failed(failure(action, e)));
                rollbackQuietly();
                if (!connectionWorks()) {
                    // the group's commits went with it, unwritten
                    abandonConnection(e);
                }
            } catch (RuntimeException refused) {
                // a refusal before anything was written, such as a backup to a missing folder
                rollbackQuietly();
                outcome.completeExceptionally(refused);
            }
        } finally {
            if (io.getQueue().isEmpty() || group.size() >= MAX_GROUP) {
                writeGroup();
            }
        }
    }

    /** Writes the group's commits to the file, then tells their callers; if that fails, they all fail. */
    private void writeGroup() {
        if (group.isEmpty()) {
            return;
        }
        try {
            durability.write(connection);
        } catch (SQLException e) {
            abandonConnection(e);
            return;
        }
        if (failuresInARow > 0) {
            log.info("The store at {} works again, after {} failed call(s)", shownUrl, failuresInARow);
            failuresInARow = 0;
            lastFailure = null;
        }
        group.forEach(Waiting::done);
        group.clear();
    }

    /**
     * Fails the group and drops the connection without letting it write what it holds: the callers
     * were told their calls failed, and a later write must not make them true after all.
     */
    private void abandonConnection(SQLException cause) {
        if (!group.isEmpty()) {
            failed(failure(group.getFirst().action() + (group.size() > 1 ? " and " + (group.size() - 1)
                    + " other call(s)" : ""), cause));
            group.forEach(waiting -> waiting.fail(failure(waiting.action(), cause)));
            group.clear();
        }
        durability.discard(connection);
        closeQuietly(connection);
        connection = null;
        log.debug("Dropped the connection to {} ({}); the next call opens a new one", shownUrl, reason(cause));
    }

    private StorageException failure(String action, SQLException e) {
        return new StorageException("cannot " + action + " in the database at " + shownUrl + ": " + reason(e)
                + ". Check that the database is reachable and the disk not full", e);
    }

    /** A call committed but not yet written: its caller waits for the group's write. */
    private record Waiting<T>(String action, CompletableFuture<T> outcome, T result) {
        void done() {
            outcome.complete(result);
        }

        void fail(StorageException failure) {
            outcome.completeExceptionally(failure);
        }
    }

    /** Logs {@code failure} as an ERROR if it is the first of a run, and returns it. */
    private StorageException failed(StorageException failure) {
        lastFailure = failure;
        if (failuresInARow++ == 0) {
            log.error("The store failed: {} (further failures are logged at DEBUG until it works again)",
                    failure.getMessage(), failure);
        } else {
            log.debug("The store failed again: {}", failure.getMessage());
        }
        return failure;
    }

    /**
     * Whether the connection still works after a failure: H2 closes a database whose file could not
     * be written and then answers every call with an error, while {@link Connection#isValid} still
     * says yes; so a read of the table tells.
     */
    private boolean connectionWorks() {
        try (Statement probe = connection.createStatement()) {
            probe.executeQuery("SELECT counter_value FROM counters WHERE counter_name = ''").close();
            connection.rollback();
            return true;
        } catch (SQLException broken) {
            return false;
        }
    }

    /** Runs {@code task} on the store's thread and waits for it. */
    private <T> T onStoreThread(String action, Callable<T> task) {
        try {
            return await(io.submit(task));
        } catch (RejectedExecutionException e) {
            throw new StorageException("cannot " + action + ": the store is closed because the bot is shutting down", e);
        }
    }

    /** Waits for {@code result}, keeping but not obeying an interrupt. */
    private static <T> T await(Future<T> result) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new StorageException("the store failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("Rollback on {} failed too: {}", shownUrl, reason(e));
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a half-opened connection failed: {}", reason(e));
        }
    }

    private static String folderProblem(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied on " + denied.getFile();
            case FileAlreadyExistsException inTheWay -> inTheWay.getFile() + " is a file, not a folder";
            default -> reason(e);
        };
    }

    /**
     * The first line of an exception's message: drivers such as H2 append the SQL statement on
     * further lines, which would break the one-line error messages.
     */
    private static String reason(Exception e) {
        if (e instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return "it is in use by another process (is another cogbot running on the same data folder?)";
        }
        if (e instanceof SQLException sql && "08001".equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).startsWith("No suitable driver")) {
            return "no JDBC driver on the class path understands this URL";
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            // H2 wraps a failed file access in two layers whose first lines do not say what went wrong
            if (cause instanceof IOException io && io.getMessage() != null && !io.getMessage().isBlank()) {
                return "its file could not be written (" + io.getMessage().strip() + ")";
            }
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // A driver may echo the URL, password included, in its message.
        return JdbcUrls.redact(message.strip().lines().findFirst().orElse(message));
    }
}
