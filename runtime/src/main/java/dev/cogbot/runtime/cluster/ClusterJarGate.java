package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.plugins.PluginJar;
import dev.cogbot.runtime.plugins.PluginJarGate;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a JAR start on this node only if it is the one the cluster runs: its SHA-256 must be the
 * checksum recorded for the plugin. The first node to start a plugin with none recorded records
 * its own. It remembers the checksum of each JAR it let through, so the node can tell when the
 * cluster moved on to another JAR of a plugin it runs.
 *
 * <pre>{@code
 * host.checkJarsWith(new ClusterJarGate(table, "cogbot-2", scheduler::now));
 * }</pre>
 */
final class ClusterJarGate implements PluginJarGate {

    private static final Logger log = LoggerFactory.getLogger(ClusterJarGate.class);

    private final ClusterPluginTable table;
    private final String nodeId;
    private final Supplier<Instant> clock;
    private final Map<String, String> passed = new ConcurrentHashMap<>();
    /** The JAR this node is asking the cluster to run, let through on the asking thread before it is recorded. */
    private final ThreadLocal<String> asking = new ThreadLocal<>();

    ClusterJarGate(ClusterPluginTable table, String nodeId, Supplier<Instant> clock) {
        this.table = table;
        this.nodeId = nodeId;
        this.clock = clock;
    }

    @Override
    public void check(PluginJar jar) {
        String sha256 = PluginChecksum.sha256(jar.file());
        if (sha256.equals(asking.get())) {
            passed.put(jar.id(), sha256);
            return;
        }
        String cluster;
        try {
            cluster = table.checksumOrRecord(jar.id(), sha256, nodeId, clock.get());
        } catch (ClusterDatabaseException e) {
            // the database down must not stop a plugin this node was asked to start; the next
            // start or reload checks it again
            log.warn("Plugin {} ({}) starts without its checksum checked against the cluster's: {}", jar.id(),
                    jar.fileName(), e.getMessage());
            passed.put(jar.id(), sha256);
            return;
        }
        if (!cluster.equals(sha256)) {
            throw new PluginOperationException(
                    new PluginProblem.ChecksumMismatch(jar.id(), jar.fileName(), nodeId, sha256, cluster));
        }
        passed.put(jar.id(), sha256);
    }

    /**
     * Runs {@code operation} letting the JAR of checksum {@code sha256} through unchecked: this node
     * asks the cluster to run it, and records it as the cluster's once it ran here.
     */
    <T> T asking(String sha256, Supplier<T> operation) {
        asking.set(sha256);
        try {
            return operation.get();
        } finally {
            asking.remove();
        }
    }

    /** The checksum of the JAR of {@code pluginId} last let through: what this node runs, if it runs it. */
    Optional<String> passed(String pluginId) {
        return Optional.ofNullable(passed.get(pluginId));
    }
}
