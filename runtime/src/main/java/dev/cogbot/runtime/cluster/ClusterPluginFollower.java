package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.cluster.ClusterPluginTable.Answer;
import dev.cogbot.runtime.cluster.ClusterPluginTable.Operation;
import dev.cogbot.runtime.cluster.ClusterPluginTable.Wanted;
import dev.cogbot.runtime.plugins.LocalPluginAdmin;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginResult;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's side of what the other nodes ask: it hears their operations
 * ({@link PluginAnnouncements}), applies each through the {@link LocalPluginAdmin} and answers it; at each
 * heartbeat (on the runtime's clock) it applies what it missed and, if the wanted state changed,
 * makes its plugins what the cluster wants. Operations on this node, whoever asked, run one at a
 * time ({@link #applyingHere}).
 *
 * <pre>{@code
 * follower.seenAtStart();                 // before the plugins start
 * follower.start();                       // after
 * follower.applyingHere(() -> local.load("jokes"));
 * }</pre>
 */
final class ClusterPluginFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterPluginFollower.class);

    private final ClusterSettings settings;
    private final ClusterPluginTable table;
    private final Scheduler scheduler;
    private final PluginHost host;
    private final LocalPluginAdmin local;
    private final ClusterJarGate gate;
    /** What the nodes announce: operations asked, and the answers the asking node waits for. */
    private final PluginAnnouncements announcements;
    /** One operation at a time on this node, whether asked here, heard, or the wanted state applied. */
    private final ReentrantLock applying = new ReentrantLock();
    private volatile long lastOperation;
    private volatile long seenRevision;
    private Heartbeat heartbeat;

    ClusterPluginFollower(ClusterSettings settings, DataSource database, ClusterPluginTable table, Scheduler scheduler,
                          PluginHost host, LocalPluginAdmin local, ClusterJarGate gate, LongConsumer answered) {
        this.settings = settings;
        this.table = table;
        this.scheduler = scheduler;
        this.host = host;
        this.local = local;
        this.gate = gate;
        this.announcements = new PluginAnnouncements(database, settings.nodeId(), settings.heartbeat(),
                this::applyNewOperations, answered);
    }

    /**
     * The wanted state as the cluster has it now, read before the plugins start: the operations
     * asked so far count as seen (the start applies what they came to).
     */
    List<Wanted> seenAtStart() {
        lastOperation = table.lastOperation();
        List<Wanted> wanted = table.wanted();
        seenRevision = wanted.stream().mapToLong(Wanted::revision).max().orElse(0);
        return wanted;
    }

    /** Hears the other nodes' operations, and checks the wanted state at each heartbeat. */
    void start() {
        announcements.keepListening();
        heartbeat = Heartbeat.start(scheduler, "cogbot-cluster-plugins", settings.heartbeat(), this::tick);
    }

    /** Runs {@code operation} on this node, one at a time with what the others ask. */
    PluginResult applyingHere(Supplier<PluginResult> operation) {
        applying.lock();
        try {
            return operation.get();
        } finally {
            applying.unlock();
        }
    }

    /** Whether this node's folder has a JAR of {@code pluginId}. */
    private boolean inFolder(String pluginId) {
        try {
            host.catalogue().locate(pluginId);
            return true;
        } catch (PluginOperationException e) {
            return false;
        }
    }

    /** The checksum of the JAR of {@code pluginId} in this node's folder, if it has one. */
    Optional<String> folderChecksum(String pluginId) {
        try {
            return Optional.of(PluginChecksum.sha256(host.catalogue().locate(pluginId).file()));
        } catch (PluginOperationException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    // --- what the other nodes ask

    /** The operations asked on other nodes since the last one seen, applied here and answered, oldest first. */
    private void applyNewOperations() {
        applying.lock();
        try {
            for (Operation operation : table.operationsAfter(lastOperation)) {
                lastOperation = operation.id();
                if (operation.askedBy().equals(nodeId())) {
                    continue;
                }
                PluginResult result = apply(operation);
                log.info("Plugin {} {}, asked by node {}: {}", operation.verb().sql(), operation.pluginId(),
                        operation.askedBy(), result.line());
                try {
                    table.answer(operation.id(), nodeId(), Answer.of(result.outcome()));
                } catch (ClusterException e) {
                    log.warn("Could not answer node {}'s plugin operation {}: {}", operation.askedBy(), operation.id(),
                            e.getMessage());
                }
            }
        } finally {
            applying.unlock();
        }
    }

    private PluginResult apply(Operation operation) {
        String id = operation.pluginId();
        return switch (operation.verb()) {
            case LOAD -> local.load(id);
            case UNLOAD -> local.unload(id, operation.withDependants(), operation.forgetTimers());
            case RELOAD -> replace(id, clusterChecksum(id));
        };
    }

    /** The checksum the cluster wants for plugin {@code id}; empty if it has none, or the database is away. */
    private Optional<String> clusterChecksum(String id) {
        try {
            return table.wanted().stream().filter(w -> w.pluginId().equals(id)).findFirst().flatMap(Wanted::sha256);
        } catch (ClusterException e) {
            // the reload's own check of the JAR asks again, and says so if the database is still away
            return Optional.empty();
        }
    }

    /**
     * Replaces plugin {@code id} with the JAR the cluster runs now, of checksum {@code cluster}. If this
     * node's JAR is not that one, the old version does not stay either: it is unloaded, and the JAR is
     * listed FAILED with why.
     */
    private PluginResult replace(String id, Optional<String> cluster) {
        Optional<String> mine = folderChecksum(id);
        if (cluster.isPresent() && mine.isPresent() && !cluster.equals(mine) && host.isRunning(id)) {
            PluginResult unloaded = local.unload(id, true, false);
            log.warn("Plugin {} unloaded on node {}: its JAR is not the cluster's ({})", id, nodeId(), unloaded.line());
            return local.load(id);
        }
        return local.reload(id);
    }

    // --- the wanted state

    /**
     * Makes this node's plugins what the cluster wants: unloads the ones it wants unloaded, loads
     * the ones it wants loaded that are in the folder, and replaces a running one whose JAR is not
     * the cluster's. A plugin the cluster has no word on is left as it is.
     */
    private void applyWantedState() {
        applying.lock();
        try {
            List<Wanted> cluster = table.wanted();
            seenRevision = cluster.stream().mapToLong(Wanted::revision).max().orElse(0);
            for (Wanted plugin : cluster) {
                if (!plugin.loaded() && host.isRunning(plugin.pluginId())) {
                    report("unload", local.unload(plugin.pluginId(), true, false));
                }
            }
            for (Wanted plugin : cluster) {
                String id = plugin.pluginId();
                if (!plugin.loaded()) {
                    continue;
                }
                if (!host.isRunning(id)) {
                    if (inFolder(id)) {
                        report("load", local.load(id));
                    }
                } else if (plugin.sha256().isPresent() && !plugin.sha256().equals(gate.passed(id))) {
                    report("reload", replace(id, plugin.sha256()));
                }
            }
        } finally {
            applying.unlock();
        }
    }

    private void report(String what, PluginResult result) {
        log.info("Plugins as the cluster wants them: {} {}: {}", what, result.plugin(), result.line());
    }

    // --- listening and the heartbeat

    /** What a missed announcement would have brought: the operations since, and the wanted state if it changed. */
    private void tick() {
        try {
            announcements.keepListening();
            applyNewOperations();
            if (table.revision() != seenRevision) {
                applyWantedState();
            }
        } catch (ClusterException e) {
            log.debug("Node {} could not check the plugins' wanted state: {}", nodeId(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Node {} could not apply the plugins' wanted state", nodeId(), e);
        }
    }

    private String nodeId() {
        return settings.nodeId();
    }

    /** Stops hearing and heartbeating; the plugins stay as they are. */
    @Override
    public void close() {
        Heartbeat beating = heartbeat;
        if (beating != null) {
            beating.close();
        }
        announcements.close();
    }
}
