package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process as a node of the cluster: registered in the {@link NodeRegistry}, heartbeating on
 * the runtime's clock every {@link ClusterSettings#heartbeat()}, and taking part in the
 * {@link Leadership} on each heartbeat. The leader also removes the nodes gone long ago.
 *
 * <p>A node whose Discord transport holds no shard stands by and does not lead: the leader syncs the
 * slash commands, which Discord takes only through a shard. Once its leases are known, such a node
 * gives the lead up at its next heartbeat, and takes it at a heartbeat after it got a shard. A node
 * that runs no Discord transport (the console) reports no shards, and leads all the same. Shards
 * moving between nodes that each keep one move no leadership.
 *
 * <pre>{@code
 * try (ClusterNode node = ClusterNode.join(settings, dataSource, scheduler, info)) {
 *     node.onChange(change -> ...);         // became leader, lost leadership
 *     node.reportShards(keeper);            // recorded at each heartbeat after they change; none: standing by
 * }   // deregistered, and leadership handed on
 * }</pre>
 */
public final class ClusterNode implements Leader, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterNode.class);

    private final ClusterSettings settings;
    private final DataSource database;
    private final Scheduler scheduler;
    private final NodeRegistry registry;
    private final Leadership leadership;
    private final Heartbeat heartbeat;
    private volatile NodeInfo info;
    private volatile UUID incarnation;
    private volatile boolean closed;
    private volatile boolean failing;
    private volatile Supplier<List<PluginChecksum>> plugins;
    private volatile HeldShards shards;
    private final AtomicBoolean pluginsChanged = new AtomicBoolean();

    private ClusterNode(ClusterSettings settings, DataSource database, Scheduler scheduler, NodeInfo info) {
        this.settings = settings;
        this.database = database;
        this.scheduler = scheduler;
        this.registry = new NodeRegistry(database, settings.lease());
        this.leadership = new Leadership(database, info.nodeId());
        this.info = info;
        this.incarnation = registry.register(info, scheduler.now());
        log.info("Joined the cluster as node {}", info.nodeId());
        leadership.tick(scheduler.now());
        this.heartbeat = Heartbeat.start(scheduler, "cogbot-cluster-heartbeat", settings.heartbeat(), this::tick);
    }

    /**
     * Registers {@code info} and starts heartbeating; this node leads at once if no other does (and,
     * should its Discord transport then hold no shard, hands over at a heartbeat).
     *
     * @throws NodeIdTakenException if a live node holds {@code info}'s id
     * @throws ClusterDatabaseException if the database cannot be reached
     */
    public static ClusterNode join(ClusterSettings settings, DataSource database, Scheduler scheduler, NodeInfo info) {
        if (!settings.nodeId().equals(info.nodeId())) {
            throw new IllegalArgumentException("the node registers as " + info.nodeId() + " but is configured as "
                    + settings.nodeId());
        }
        return new ClusterNode(settings, database, scheduler, info);
    }

    public String nodeId() {
        return info.nodeId();
    }

    @Override
    public boolean isLeader() {
        return leadership.isLeader();
    }

    @Override
    public boolean inCluster() {
        return true;
    }

    @Override
    public Cancellable onChange(Consumer<LeadershipChange> listener) {
        return leadership.onChange(listener);
    }

    /** The cluster's nodes as the database has them now, this one included. */
    public List<ListedNode> nodes() {
        return registry.nodes(scheduler.now());
    }

    /** Records the shards this node runs now (when shards are assigned or taken over). */
    public void updateShards(SortedSet<Integer> shards) {
        registry.updateShards(info.nodeId(), incarnation, shards);
        info = new NodeInfo(info.nodeId(), info.host(), info.version(), shards, info.plugins(), info.startedAt());
    }

    /**
     * Where this node's shards come from (its lease keeper): recorded at each heartbeat after which
     * they changed, off the thread that starts and stops them. From then on this node leads only
     * while it does not {@linkplain HeldShards#standsBy() stand by}.
     */
    public void reportShards(HeldShards shards) {
        this.shards = shards;
    }

    /**
     * What this node's Discord transport needs to take its share of the shards by lease and pace its
     * logins with the cluster's: this node's database, id, timings, and the live nodes as the
     * registry has them.
     */
    public LeasedDiscordTransport.Cluster shardLeases() {
        return new LeasedDiscordTransport.Cluster(database, info.nodeId(), () -> registry.liveNodeIds(scheduler.now()),
                settings.heartbeat(), settings.lease());
    }

    /**
     * Where this node's plugins come from: they are recorded at the next heartbeat, and again at the
     * heartbeat after each {@link #pluginsChanged()}, off the thread of the plugin operation.
     */
    public void reportPlugins(Supplier<List<PluginChecksum>> plugins) {
        this.plugins = plugins;
        pluginsChanged();
    }

    /** A plugin was loaded, unloaded or reloaded: the next heartbeat records the plugins again. */
    public void pluginsChanged() {
        pluginsChanged.set(true);
    }

    /** Records the plugins this node runs now (after a load, unload or reload). */
    public void updatePlugins(List<PluginChecksum> plugins) {
        info = new NodeInfo(info.nodeId(), info.host(), info.version(), info.shards(), plugins, info.startedAt());
        registry.updatePlugins(info.nodeId(), incarnation, info.plugins());
    }

    /** Stops heartbeating, hands leadership on and deregisters: the others see this node leave at once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // after the heartbeat under way, if any: then deregister all the same
        heartbeat.close();
        leadership.close();
        try {
            registry.deregister(info.nodeId(), incarnation);
            log.info("Left the cluster: node {} deregistered", info.nodeId());
        } catch (ClusterException e) {
            log.warn("Node {} could not deregister ({}); the others see it gone after {}s", info.nodeId(),
                    e.getMessage(), settings.lease().toSeconds());
        }
    }


    private void tick() {
        Instant now = scheduler.now();
        try {
            if (!registry.heartbeat(info.nodeId(), incarnation, now)) {
                rejoin(now);
            }
            recordPlugins();
            recordShards();
            recovered();
        } catch (ClusterException e) {
            failed(e);
        }
        leadership.tick(now, !standsBy());
        if (leadership.isLeader()) {
            try {
                List<String> removed = registry.removeLongGone(now);
                if (!removed.isEmpty()) {
                    log.info("Removed from the cluster's list the nodes gone long ago: {}", removed);
                }
            } catch (ClusterException e) {
                log.debug("Could not remove the nodes gone long ago: {}", e.getMessage());
            }
        }
    }

    /** The plugins, if they changed: tried again next time if the database failed, not if reading them did. */
    private void recordPlugins() {
        Supplier<List<PluginChecksum>> source = plugins;
        if (source == null || !pluginsChanged.getAndSet(false)) {
            return;
        }
        List<PluginChecksum> now;
        try {
            now = source.get();
        } catch (RuntimeException e) {
            // a JAR deleted under a running plugin, say: the next change records them again
            log.warn("Node {} could not read its plugins' JARs to record them: {}", info.nodeId(), e.getMessage());
            return;
        }
        try {
            updatePlugins(now);
        } catch (ClusterException e) {
            pluginsChanged.set(true);
            throw e;
        }
    }

    /** Whether this node runs Discord and holds no shard now: it may not lead. */
    private boolean standsBy() {
        HeldShards source = shards;
        return source != null && source.standsBy();
    }

    /** The shards, if they changed since they were last recorded: tried again next time if that failed. */
    private void recordShards() {
        HeldShards source = shards;
        if (source == null) {
            return;
        }
        SortedSet<Integer> now = new TreeSet<>(source.shards());
        if (!now.equals(info.shards())) {
            updateShards(now);
        }
    }

    /** Its row is no longer this start's (removed while this node was silent): register again, under a new incarnation. */
    private void rejoin(Instant now) {
        log.warn("Node {} was silent for longer than the lease and had dropped out of the cluster; it registers again",
                info.nodeId());
        incarnation = registry.register(info, now);
    }

    private void failed(ClusterException e) {
        if (!failing) {
            failing = true;
            log.warn("Node {} could not heartbeat: {}; it tries again every {}s", info.nodeId(), e.getMessage(),
                    settings.heartbeat().toSeconds());
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Node {} heartbeats again", info.nodeId());
        }
    }
}
