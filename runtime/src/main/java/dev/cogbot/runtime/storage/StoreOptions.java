package dev.cogbot.runtime.storage;

import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link JdbcStore}'s connection pools are set up, beyond the database they connect to.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.open(url, password, StoreOptions.DEFAULTS.withPoolMetrics(metrics.pools()));
 * }</pre>
 *
 * @param poolMetrics where each pool ({@code cogbot-store}, and the cluster's {@code cogbot-cluster})
 *                    reports its connections, waits and timeouts; empty: nowhere
 */
public record StoreOptions(Optional<MetricsTrackerFactory> poolMetrics) {

    /** Pools that report to nothing. */
    public static final StoreOptions DEFAULTS = new StoreOptions(Optional.empty());

    public StoreOptions {
        Objects.requireNonNull(poolMetrics, "poolMetrics");
    }

    /** These options, with the pools reporting to {@code metrics}. */
    public StoreOptions withPoolMetrics(MetricsTrackerFactory metrics) {
        return new StoreOptions(Optional.of(metrics));
    }
}
