package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.TimerQueue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

/**
 * Discord's login rate limit, kept for the whole cluster in PostgreSQL
 * ({@code cluster_identify_bucket}): one IDENTIFY per bucket ({@code shard_id % max_concurrency})
 * every {@link #WINDOW}, whichever node sends it. A node locks its bucket's row
 * ({@code SELECT … FOR UPDATE}) for the whole login, waits out the window since the bucket's last
 * IDENTIFY, logs in, and writes down when the login ended; a node that dies meanwhile loses its
 * connection and with it the lock. The window counts from the end of a login (READY received), so
 * a slow connection never brings two IDENTIFYs closer than that.
 *
 * <pre>{@code
 * IdentifyBuckets buckets = new IdentifyBuckets(dataSource, time);
 * buckets.identify(shardId % maxConcurrency, () -> node.run(false));
 * }</pre>
 */
public final class IdentifyBuckets {

    /** Discord's window: one IDENTIFY per bucket per 5 seconds. */
    public static final Duration WINDOW = Duration.ofSeconds(5);

    /** A login: sends IDENTIFY and waits for the answer. */
    @FunctionalInterface
    public interface Login {
        void run() throws InterruptedException;
    }

    private final DataSource database;
    private final TimerQueue time;

    /**
     * @param database the cluster's PostgreSQL database, migrated
     * @param time     the runtime's clock, which the wait for the window runs on
     */
    public IdentifyBuckets(DataSource database, TimerQueue time) {
        this.database = Objects.requireNonNull(database, "database");
        this.time = Objects.requireNonNull(time, "time");
    }

    /**
     * Runs {@code login} once no other node has identified in {@code bucket} for {@link #WINDOW},
     * holding the bucket until it returns.
     *
     * @throws IdentifyCoordinationException if the database cannot be reached; nothing was sent
     * @throws InterruptedException          if the wait was interrupted; nothing was sent
     */
    public void identify(int bucket, Login login) throws InterruptedException {
        if (bucket < 0) {
            throw new IllegalArgumentException("a rate-limit bucket is shard_id % max_concurrency, never negative: " + bucket);
        }
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement known = connection.prepareStatement(
                    "INSERT INTO cluster_identify_bucket (bucket, last_identify) VALUES (?, to_timestamp(0))"
                            + " ON CONFLICT DO NOTHING")) {
                known.setInt(1, bucket);
                known.executeUpdate();
            }
            connection.setAutoCommit(false);
            try {
                Instant last = lockBucket(connection, bucket);
                waitUntil(last.plus(WINDOW));
                try {
                    login.run();
                } finally {
                    // sent or not, the bucket counts from now: a login that failed halfway may have identified
                    recordLogin(connection, bucket, time.now());
                    connection.commit();
                }
            } catch (InterruptedException | RuntimeException e) {
                ClusterConnections.rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new IdentifyCoordinationException("cannot coordinate the gateway login of bucket " + bucket
                    + " with the cluster: " + e.getMessage(), e);
        }
    }

    private static Instant lockBucket(Connection connection, int bucket) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT last_identify FROM cluster_identify_bucket WHERE bucket = ? FOR UPDATE")) {
            lock.setInt(1, bucket);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return Timestamps.read(row, 1);
            }
        }
    }

    private static void recordLogin(Connection connection, int bucket, Instant at) throws SQLException {
        try (PreparedStatement record = connection.prepareStatement(
                "UPDATE cluster_identify_bucket SET last_identify = ? WHERE bucket = ?")) {
            record.setObject(1, Timestamps.of(at));
            record.setInt(2, bucket);
            record.executeUpdate();
        }
    }

    /** Waits {@code length} on the runtime's clock, as the logins' own waits do. */
    void pause(Duration length) throws InterruptedException {
        waitUntil(time.now().plus(length));
    }

    /** Waits on the runtime's clock, so a test moves time instead of sleeping. */
    private void waitUntil(Instant deadline) throws InterruptedException {
        while (time.now().isBefore(deadline)) {
            CountDownLatch reached = new CountDownLatch(1);
            Cancellable timer = time.at(deadline, reached::countDown);
            try {
                reached.await();
            } finally {
                timer.cancel();
            }
        }
    }

}
