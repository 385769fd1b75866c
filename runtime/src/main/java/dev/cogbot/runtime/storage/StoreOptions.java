package dev.cogbot.runtime.storage;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link JdbcStore}'s connection pools are set up, beyond the database they connect to.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.open(url, password, StoreOptions.DEFAULTS
 *         .withConnectionTimeout(Duration.ofSeconds(2))
 *         .withPoolMetrics(metrics.pools()));
 * }</pre>
 *
 * @param connectionTimeout how long a store call waits for a connection (the database down or
 *                          restarting) before it fails; at least {@link #LEAST_CONNECTION_TIMEOUT}
 * @param poolMetrics       where each pool ({@code cogbot-store}, and the cluster's {@code cogbot-cluster})
 *                          reports its connections, waits and timeouts; empty: nowhere
 */
public record StoreOptions(Duration connectionTimeout, Optional<MetricsTrackerFactory> poolMetrics) {

    /** The connection timeout unless set: a database restart of a few seconds fails a few calls, no more. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** The shortest connection timeout HikariCP takes. */
    public static final Duration LEAST_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    /** A {@link #DEFAULT_CONNECTION_TIMEOUT}, and pools that report to nothing. */
    public static final StoreOptions DEFAULTS = new StoreOptions(DEFAULT_CONNECTION_TIMEOUT, Optional.empty());

    /** @throws IllegalArgumentException if the connection timeout is shorter than {@link #LEAST_CONNECTION_TIMEOUT} */
    public StoreOptions {
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(poolMetrics, "poolMetrics");
        if (connectionTimeout.compareTo(LEAST_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("the store's connection timeout must be at least "
                    + LEAST_CONNECTION_TIMEOUT.toMillis() + "ms, got " + connectionTimeout.toMillis() + "ms");
        }
    }

    /** These options, with calls waiting at most {@code timeout} for a connection. */
    public StoreOptions withConnectionTimeout(Duration timeout) {
        return new StoreOptions(timeout, poolMetrics);
    }

    /** These options, with the pools reporting to {@code metrics}. */
    public StoreOptions withPoolMetrics(MetricsTrackerFactory metrics) {
        return new StoreOptions(connectionTimeout, Optional.of(metrics));
    }
}
