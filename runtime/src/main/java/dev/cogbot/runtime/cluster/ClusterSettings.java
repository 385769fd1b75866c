package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether this process is a node of a cluster, and how it keeps its place there.
 *
 * <p>Cluster mode is on only when the store is PostgreSQL and {@code cluster.enabled=true}: the
 * nodes meet in that database. {@code cluster.enabled=true} with the embedded H2 is a config error,
 * as H2 cannot be shared between processes.
 *
 * <pre>{@code
 * Optional<ClusterSettings> cluster = ClusterSettings.from(config, config.jdbcUrl(dataDir));
 * cluster.ifPresent(settings -> log.info("node {} of a cluster", settings.nodeId()));
 * }</pre>
 *
 * @param nodeId    this process's name in the cluster; a Kubernetes StatefulSet pod name like
 *                  {@code cogbot-2} works as is
 * @param heartbeat how often the node tells the others it is alive
 * @param lease     how long a node that stopped heartbeating still counts as alive; after it, the
 *                  node is gone and its leadership (and shards) are free
 */
public record ClusterSettings(String nodeId, Duration heartbeat, Duration lease) {

    public static final String ENABLED_KEY = "cluster.enabled";
    public static final String NODE_ID_KEY = "cluster.node-id";
    public static final String HEARTBEAT_KEY = "cluster.heartbeat";
    public static final String LEASE_KEY = "cluster.lease";

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(15);

    /** Letters, digits, dots, dashes and underscores, as host names and pod names are. */
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public ClusterSettings {
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("a node id is 1 to 63 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit; got '" + nodeId + "'");
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("the heartbeat must be longer than 0, got " + heartbeat);
        }
        if (lease.compareTo(heartbeat) <= 0) {
            throw new IllegalArgumentException("the lease (" + lease + ") must be longer than the heartbeat ("
                    + heartbeat + ")");
        }
    }

    /**
     * The cluster settings if this process is a node: {@code cluster.enabled=true} and a PostgreSQL
     * {@code jdbcUrl}; empty when {@code cluster.enabled} is off.
     *
     * @throws ConfigException naming the setting, where it came from and what to do, if a value is
     *         malformed or the store is not PostgreSQL
     */
    public static Optional<ClusterSettings> from(BotConfig config, String jdbcUrl) {
        if (!enabled(config)) {
            return Optional.empty();
        }
        if (!isPostgres(jdbcUrl)) {
            throw new ConfigException("setting " + ENABLED_KEY + "=true (from " + config.source(ENABLED_KEY)
                    + ") needs a PostgreSQL store that every node shares: set jdbc-url=jdbc:postgresql://HOST/DATABASE,"
                    + " or set " + ENABLED_KEY + "=false to run one process on the embedded database");
        }
        String nodeId = config.get(NODE_ID_KEY).orElseGet(ClusterSettings::hostNameAsNodeId);
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new ConfigException("setting " + NODE_ID_KEY + " (from " + config.source(NODE_ID_KEY) + ") must be 1 to"
                    + " 63 letters, digits, dots, dashes or underscores, starting with a letter or digit, got '" + nodeId
                    + "'; set it to a name such as cogbot-1");
        }
        Duration heartbeat = positive(config, HEARTBEAT_KEY, DEFAULT_HEARTBEAT);
        Duration lease = positive(config, LEASE_KEY, DEFAULT_LEASE);
        if (lease.compareTo(heartbeat) <= 0) {
            throw new ConfigException("setting " + LEASE_KEY + " (from " + config.source(LEASE_KEY) + ", "
                    + lease.toSeconds() + "s) must be longer than " + HEARTBEAT_KEY + " (" + heartbeat.toSeconds()
                    + "s); make it about three heartbeats, so one late heartbeat does not drop a node");
        }
        Duration connectionTimeout = config.storeOptions().connectionTimeout();
        if (lease.compareTo(connectionTimeout.multipliedBy(2)) <= 0) {
            // a renewal waits for a connection, and once more after a lost one: back after its lease
            // ended, it starts no shard, and the node would lose its shards at every database hiccup
            throw new ConfigException("setting " + LEASE_KEY + " (from " + config.source(LEASE_KEY) + ", "
                    + lease.toMillis() + "ms) must be longer than twice store.connection-timeout ("
                    + connectionTimeout.toMillis() + "ms), which a lease renewal may wait for a connection;"
                    + " lengthen " + LEASE_KEY + " or shorten store.connection-timeout");
        }
        return Optional.of(new ClusterSettings(nodeId, heartbeat, lease));
    }

    /** Whether {@code cluster.enabled} is {@code true}; anything but true or false is a config error. */
    public static boolean enabled(BotConfig config) {
        return config.get(ENABLED_KEY).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException("setting " + ENABLED_KEY + " (from " + config.source(ENABLED_KEY)
                    + ") must be true or false, got '" + value + "'");
        }).orElse(false);
    }

    /** Whether {@code jdbcUrl} names a PostgreSQL database, the only store nodes can share. */
    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private static Duration positive(BotConfig config, String key, Duration fallback) {
        Duration value = config.duration(key, fallback);
        if (value.isZero() || value.isNegative()) {
            throw new ConfigException("setting " + key + " (from " + config.source(key) + ") must be longer than 0,"
                    + " got '" + config.get(key).orElse("") + "'; write it like 5s");
        }
        return value;
    }

    /** The host's name: what a node is called unless {@code cluster.node-id} says otherwise. */
    private static String hostNameAsNodeId() {
        try {
            return HostName.local();
        } catch (IllegalStateException e) {
            throw new ConfigException(e.getMessage() + "; set " + NODE_ID_KEY + " to a name for this node, such as"
                    + " cogbot-1");
        }
    }
}
