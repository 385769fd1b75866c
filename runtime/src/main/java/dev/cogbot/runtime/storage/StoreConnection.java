package dev.cogbot.runtime.storage;

import static dev.cogbot.runtime.storage.StoreErrors.reason;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's connections, from a HikariCP pool, and the threads its calls run on: each call is one
 * transaction, run on a platform thread of the store's own (callers wait without being
 * interruptible, since an interrupt reaching an embedded database's file I/O closes the file).
 *
 * <ul>
 *   <li><b>H2</b>: one connection on one thread, with group commits: once no other call is queued
 *       (or {@link #MAX_GROUP} wait), the group is written to the database file ({@link Durability})
 *       and only then do its callers get their results. One caller at a time costs a write each;
 *       many at once share one.</li>
 *   <li><b>PostgreSQL</b> (a server: many processes share it): up to {@link #CALL_THREADS} calls at
 *       once, each on a connection of its own from the pool; a commit is durable when it returns.
 *       Statements that must be atomic across processes are single statements ({@link JdbcStore}).
 *       A call during an outage waits up to {@link StoreOptions#connectionTimeout()} for a connection, then
 *       fails; the pool connects again by itself once the server is back.</li>
 * </ul>
 *
 * <p>A failure is thrown to the caller as a {@link StorageException} and logged as an ERROR, once for
 * a run of failures so that a full disk or a database restart does not flood the log. A call is
 * never retried (an add whose commit failed may have been stored): it returned, so it is stored, or
 * it threw, so it may or may not be. If the write of an H2 group fails, every call in it fails;
 * a connection the failure broke (H2 closes a database whose file could not be written) is
 * dropped, and the next call connects again, so the store works again once the cause is gone.
 *
 * <pre>{@code
 * try (StoreConnection db = new StoreConnection(url, Optional.empty(), StoreOptions.DEFAULTS)) {
 *     long rows = db.run("count the counters", connection -> countRows(connection));
 * }
 * }</pre>
 */
final class StoreConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreConnection.class);

    /** The most calls written together on H2: a bound on how long the first of them waits. */
    private static final int MAX_GROUP = 256;
    /** A server's connections for the store's calls: up to {@link #CALL_THREADS} at once, and room for migrations. */
    private static final int POOL_SIZE = 10;
    private static final int CALL_THREADS = 8;
    /**
     * The most connections the cluster's pool opens: the leader's lock and the plugin notifications
     * each hold one for good, heartbeats and lease ticks borrow one briefly, and a gateway login holds
     * one per rate-limit bucket while it waits its turn (up to 16 buckets for the largest bots).
     * Opened as they are needed, and closed again when idle.
     */
    private static final int CLUSTER_POOL_SIZE = 20;

    private final String shownUrl;
    private final String jdbcUrl;
    private final Optional<String> password;
    private final StoreOptions options;
    private final HikariDataSource pool;
    /** The cluster's connections, apart from the store's, so a held lock never keeps a store call waiting; null until asked for. */
    private HikariDataSource clusterPool;
    private final boolean groupCommits;
    private final ThreadPoolExecutor io;
    private volatile boolean closed;
    // H2 only, confined to the io thread:
    private Connection connection; // null after a failure broke it, until the next call reconnects
    private Durability durability; // the connection's
    private final List<Waiting<?>> group = new ArrayList<>(); // committed, not yet written
    // guarded by this:
    private long failuresInARow;
    private StorageException lastFailure; // null once a call succeeds

    /**
     * Connects to {@code jdbcUrl} (with {@code password}, if given apart from the URL) and creates or
     * upgrades the bot's tables ({@link StoreSchema}); its pools are set up as {@code options} say.
     *
     * @throws StorageException if the database cannot be opened or written, or the tables cannot be created
     */
    StoreConnection(String jdbcUrl, Optional<String> password, StoreOptions options) {
        this.shownUrl = JdbcUrls.redact(jdbcUrl);
        this.jdbcUrl = jdbcUrl;
        this.password = password;
        this.options = options;
        this.groupCommits = jdbcUrl.startsWith("jdbc:h2:");
        this.pool = openPool(jdbcUrl, password, options, shownUrl, groupCommits);
        try {
            // first whether the database can be written at all (on H2: the ADMIN right), then the tables
            closeQuietly(checkedConnection().connection());
            StoreSchema.migrate(pool, shownUrl);
            if (groupCommits) {
                Connected connected = checkedConnection();
                this.connection = connected.connection();
                this.durability = connected.durability();
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        int threads = groupCommits ? 1 : CALL_THREADS;
        this.io = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("cogbot-store-", 1).daemon().factory());
    }

    /** The database's URL without its passwords. */
    String shownUrl() {
        return shownUrl;
    }

    /**
     * A pool of its own on the store's database, for the parts that keep tables there (the cluster's),
     * in auto-commit mode; opened at the first call, closed with the store.
     */
    synchronized DataSource clusterPool() {
        if (closed) {
            throw new StorageException("the store at " + shownUrl + " is closed");
        }
        if (clusterPool == null) {
            HikariConfig config = poolConfig("cogbot-cluster");
            config.setAutoCommit(true);
            config.setMaximumPoolSize(CLUSTER_POOL_SIZE);
            config.setMinimumIdle(1);
            clusterPool = open(config, shownUrl);
        }
        return clusterPool;
    }

    private static HikariDataSource openPool(String jdbcUrl, Optional<String> password, StoreOptions options,
                                             String shownUrl, boolean h2) {
        try {
            DriverManager.getDriver(jdbcUrl);
        } catch (SQLException e) {
            throw cannotOpen(shownUrl, e);
        }
        HikariConfig config = poolConfig("cogbot-store", jdbcUrl, password, options);
        // each store call is one transaction, so a call's statements are all or nothing
        config.setAutoCommit(false);
        if (h2) {
            // embedded: one connection for the calls, one for the migrations and backups' company
            config.setMaximumPoolSize(2);
            config.setMaxLifetime(0);
            // H2 closes a database whose file could not be written, and isValid does not tell
            config.setConnectionTestQuery("SELECT 1");
        } else {
            config.setMaximumPoolSize(POOL_SIZE);
            config.setMinimumIdle(2);
        }
        return open(config, shownUrl);
    }

    private HikariConfig poolConfig(String name) {
        return poolConfig(name, jdbcUrl, password, options);
    }

    private static HikariConfig poolConfig(String name, String jdbcUrl, Optional<String> password,
                                           StoreOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        password.ifPresent(config::setPassword);
        config.setConnectionTimeout(options.connectionTimeout().toMillis());
        // the pool's figures are tagged with its name, so the store's and the cluster's are told apart
        options.poolMetrics().ifPresent(config::setMetricsTrackerFactory);
        return config;
    }

    private static HikariDataSource open(HikariConfig config, String shownUrl) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw cannotOpen(shownUrl, e.getCause() instanceof Exception cause ? cause : e);
        } catch (RuntimeException e) {
            throw cannotOpen(shownUrl, e);
        }
    }

    private static StorageException cannotOpen(String shownUrl, Exception e) {
        return new StorageException("cannot open the database at " + shownUrl + ": " + reason(e)
                + ". Check jdbc-url in cogbot.properties", e);
    }

    /** A connection and how to make its commits durable. */
    private record Connected(Connection connection, Durability durability) {
    }

    /** A connection from the pool whose commits can be made durable (on H2: the user may CHECKPOINT). */
    private Connected checkedConnection() {
        Connection borrowed;
        try {
            borrowed = pool.getConnection();
        } catch (SQLException e) {
            throw cannotOpen(shownUrl, e);
        }
        try {
            return new Connected(borrowed, Durability.of(borrowed));
        } catch (SQLException e) {
            pool.evictConnection(borrowed);
            throw new StorageException("cannot write to the database at " + shownUrl + ": " + reason(e)
                    + ". Check that the disk is not full and that the database user has the ADMIN right", e);
        }
    }

    /**
     * Writes what is committed, then closes the pool; an embedded H2 database is then unlocked.
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
                if (groupCommits) {
                    writeGroup();
                    if (connection != null) {
                        closeQuietly(connection);
                    }
                }
                closed = true;
                return lastFailure();
            });
        } catch (StorageException alreadyClosed) {
            failing = null;
        } finally {
            io.shutdown();
        }
        awaitCallsInFlight();
        pool.close();
        closeClusterPool();
        log.debug("Closed the store at {}", shownUrl);
        if (failing != null) {
            throw new StorageException("the store was failing when the bot stopped; its last call: "
                    + failing.getMessage(), failing);
        }
    }

    private synchronized void closeClusterPool() {
        if (clusterPool != null) {
            clusterPool.close();
        }
    }

    private void awaitCallsInFlight() {
        boolean interrupted = false;
        try {
            while (!io.isTerminated()) {
                try {
                    io.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A transaction's statements. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction on a store thread and returns its result once the
     * transaction is durable; {@code action} names it in errors. A failure is logged as an ERROR
     * (once for a run of failures) and thrown; a connection it broke is replaced at the next call.
     */
    <T> T run(String action, SqlWork<T> work) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        try {
            io.execute(groupCommits ? () -> runInGroup(action, work, outcome) : () -> runPooled(action, work, outcome));
        } catch (RejectedExecutionException e) {
            throw closedFor(action, e);
        }
        return await(outcome);
    }

    private static StorageException closedFor(String action, Exception cause) {
        return new StorageException("cannot " + action + ": the store is closed because the bot is shutting down", cause);
    }

    /**
     * Runs {@code work} on a store thread, outside the group commits, and apart from the store's
     * health: its failure (a backup whose target disk is full) says nothing about the store, so it
     * is thrown as a {@link StorageException} naming {@code action}, but neither logged as the store
     * failing nor counted by {@link #close}.
     */
    <T> T runApart(String action, SqlWork<T> work) {
        return onStoreThread(action, () -> {
            if (closed) {
                throw closedFor(action, null);
            }
            if (!groupCommits) {
                try (Connection borrowed = pool.getConnection()) {
                    try {
                        return work.run(borrowed);
                    } finally {
                        borrowed.rollback();
                    }
                } catch (SQLException e) {
                    throw new StorageException("cannot " + action + ": " + reason(e), e);
                }
            }
            // the calls before this one are written, and their callers answered, first
            writeGroup();
            if (connection == null) {
                Connected connected = checkedConnection();
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

    /**
     * On one of the threads of a server's store: one call, one pooled connection, one durable
     * commit. A call whose connection turns out broken before its commit was sent (the server
     * restarted since the connection was last used) cannot have been stored, so it runs once more
     * on another connection; a commit that fails is not retried, as it may have been stored.
     */
    private <T> void runPooled(String action, SqlWork<T> work, CompletableFuture<T> outcome) {
        if (closed) {
            outcome.completeExceptionally(closedFor(action, null));
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection borrowed = pool.getConnection()) {
                T result;
                try {
                    result = work.run(borrowed);
                } catch (SQLException e) {
                    rollbackQuietly(borrowed);
                    if (attempt == 1 && connectionLost(e)) {
                        log.debug("A connection to {} was broken ({}); running '{}' again on a new one", shownUrl,
                                reason(e), action);
                        // the server restarted, so every connection made before is broken too: all are made anew
                        pool.getHikariPoolMXBean().softEvictConnections();
                        continue;
                    }
                    outcome.completeExceptionally(failed(failure(action, e)));
                    return;
                } catch (RuntimeException | Error refused) {
                    // a refusal before anything was written, such as a name too long
                    rollbackQuietly(borrowed);
                    outcome.completeExceptionally(refused);
                    return;
                }
                try {
                    borrowed.commit();
                } catch (SQLException e) {
                    outcome.completeExceptionally(failed(failure(action, e)));
                    return;
                }
                worked();
                outcome.complete(result);
                return;
            } catch (SQLException noConnection) {
                // none within the timeout (the server is down or restarting), or a broken one could not be returned
                if (!outcome.isDone()) {
                    outcome.completeExceptionally(failed(failure(action, noConnection)));
                }
                return;
            }
        }
    }

    /**
     * Whether {@code e} says the connection is gone (SQL state class 08), or the server ended it
     * (PostgreSQL's 57P01 to 57P03: shut down, crashed, or not yet accepting connections).
     */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** On the H2 store's thread: commits {@code work}, and writes the group once no other call is queued. */
    private <T> void runInGroup(String action, SqlWork<T> work, CompletableFuture<T> outcome) {
        try {
            if (closed) {
                outcome.completeExceptionally(closedFor(action, null));
                return;
            }
            if (connection == null) {
                try {
                    Connected connected = checkedConnection();
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
        worked();
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
        pool.evictConnection(connection);
        // the database closed under every connection of the pool: the next call opens it anew
        pool.getHikariPoolMXBean().softEvictConnections();
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
    private synchronized StorageException failed(StorageException failure) {
        lastFailure = failure;
        if (failuresInARow++ == 0) {
            log.error("The store failed: {} (further failures are logged at DEBUG until it works again)",
                    failure.getMessage(), failure);
        } else {
            log.debug("The store failed again: {}", failure.getMessage());
        }
        return failure;
    }

    /** Ends a run of failures, saying so once. */
    private synchronized void worked() {
        if (failuresInARow > 0) {
            log.info("The store at {} works again, after {} failed call(s)", shownUrl, failuresInARow);
            failuresInARow = 0;
            lastFailure = null;
        }
    }

    private synchronized StorageException lastFailure() {
        return lastFailure;
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

    /** Runs {@code task} on a store thread and waits for it. */
    private <T> T onStoreThread(String action, Callable<T> task) {
        try {
            return await(io.submit(task));
        } catch (RejectedExecutionException e) {
            throw closedFor(action, e);
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
        rollbackQuietly(connection);
    }

    private void rollbackQuietly(Connection on) {
        try {
            on.rollback();
        } catch (SQLException e) {
            log.debug("Rollback on {} failed too: {}", shownUrl, reason(e));
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Returning a connection to the pool failed: {}", reason(e));
        }
    }
}
