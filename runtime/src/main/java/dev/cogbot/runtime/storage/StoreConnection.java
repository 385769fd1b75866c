package dev.cogbot.runtime.storage;

import static dev.cogbot.runtime.storage.StoreErrors.reason;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * The store's one connection, used on one platform thread of its own, with group commits: each call
 * is a transaction, committed on that thread; once no other call is queued (or {@link #MAX_GROUP}
 * wait), the group is written to the database file ({@link Durability}) and only then do its
 * callers get their results. One caller at a time costs a write each; many at once share one.
 *
 * <p>A failure is thrown to the caller as a {@link StorageException} and logged as an ERROR, once for
 * a run of failures so that a full disk does not flood the log. If the write of a group fails, every
 * call in it fails, though H2 may have written some of them already (a failed call may or may not
 * be stored; a call that returned is). A connection the failure broke (H2 closes a database whose file could not be
 * written) is dropped, and the next call connects again, so the store works again once the cause is
 * gone.
 *
 * <pre>{@code
 * try (StoreConnection db = new StoreConnection(url)) {
 *     long rows = db.run("count the counters", connection -> countRows(connection));
 * }
 * }</pre>
 */
final class StoreConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreConnection.class);

    /** The most calls written together: a bound on how long the first of them waits. */
    private static final int MAX_GROUP = 256;

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

    /**
     * Connects to {@code jdbcUrl} and creates or upgrades the store's tables ({@link StoreSchema}).
     *
     * @throws StorageException if the database cannot be opened or written, or the tables cannot be created
     */
    StoreConnection(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.shownUrl = JdbcUrls.redact(jdbcUrl);
        Connected connected = connect(jdbcUrl, shownUrl);
        this.connection = connected.connection();
        this.durability = connected.durability();
    }

    /** The database's URL without its passwords. */
    String shownUrl() {
        return shownUrl;
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
        Durability durability;
        try {
            // Each store call is one transaction, so add's update-then-insert is all or nothing.
            connection.setAutoCommit(false);
            durability = Durability.of(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("cannot write to the database at " + shownUrl + ": " + reason(e)
                    + ". Check that the disk is not full and that the database user has the ADMIN right", e);
        }
        try {
            // the upgrade writes its moved rows to the file before it drops the tables they came from
            StoreSchema.upgrade(connection, shownUrl, durability);
            return new Connected(connection, durability);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException("cannot create or upgrade cogbot's tables in the database at " + shownUrl + ": "
                    + reason(e) + ". Check that the database user may create tables and that the disk is not full", e);
        } catch (IllegalStateException newer) {
            closeQuietly(connection);
            throw new StorageException("cannot open the store: " + newer.getMessage(), newer);
        }
    }

    /**
     * Writes what is committed, then closes the connection; an embedded H2 database is then unlocked.
     * Idempotent.
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

    /** A transaction's statements. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction on the store's thread and returns its result once the
     * transaction is written; {@code action} names it in errors. A failure is logged as an ERROR
     * (once for a run of failures, so a full disk does not flood the log) and thrown; a connection
     * it broke is replaced at the next call.
     */
    <T> T run(String action, SqlWork<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        try {
            io.execute(() -> runInGroup(action, work, outcome));
        } catch (RejectedExecutionException e) {
            throw new StorageException("cannot " + action + ": the store is closed because the bot is shutting down", e);
        }
        return await(outcome);
    }

    /**
     * Runs {@code work} on the store's thread, between the store's calls but outside their group
     * commits, and apart from the store's health: its failure (a backup whose target disk is full)
     * says nothing about the store, so it is thrown as a {@link StorageException} naming
     * {@code action}, but neither logged as the store failing nor counted by {@link #close}.
     */
    <T> T runApart(String action, SqlWork<T> work) {
        return onStoreThread(action, () -> {
            if (closed) {
                throw new StorageException("cannot " + action + ": the store is closed because the bot is shutting down");
            }
            // the calls before this one are written, and their callers answered, first
            writeGroup();
            if (connection == null) {
                Connected connected = connect(jdbcUrl, shownUrl);
                connection = connected.connection();
                durability = connected.durability();
            }
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StorageException("cannot " + action + ": " + reason(e), e);
            } finally {
                rollbackQuietly();
            }
        });
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
            } catch (RuntimeException | Error refused) {
                // a refusal before anything was written, such as a name too long
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
        } catch (SQLException | RuntimeException e) {
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
     * Fails the group and drops the connection without letting it write what it still holds: the
     * callers were told their calls failed. (H2 may have written some of them already, on its own:
     * see {@link Durability#discard}.)
     */
    private void abandonConnection(Exception cause) {
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

    private StorageException failure(String action, Exception e) {
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
            probe.executeQuery("SELECT version FROM cogbot_schema").close();
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

}
