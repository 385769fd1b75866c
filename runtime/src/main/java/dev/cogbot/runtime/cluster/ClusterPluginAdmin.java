package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.cluster.ClusterPluginTable.Answer;
import dev.cogbot.runtime.cluster.ClusterPluginTable.Operation;
import dev.cogbot.runtime.cluster.ClusterPluginTable.Verb;
import dev.cogbot.runtime.cluster.ClusterPluginTable.Wanted;
import dev.cogbot.runtime.plugins.LocalPluginAdmin;
import dev.cogbot.runtime.plugins.NodeOutcome;
import dev.cogbot.runtime.plugins.PluginAdmin;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.PluginJar;
import dev.cogbot.runtime.plugins.PluginListing;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginOutcome;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.PluginResult;
import dev.cogbot.runtime.plugins.WantedPlugins;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PluginAdmin} for a node of a cluster: a load, unload or reload asked on this node is
 * applied here through the {@link LocalPluginAdmin}, then on every other live node, and the result
 * has each node's outcome ({@link PluginOutcome.AcrossCluster}).
 *
 * <p>How: the cluster's wanted state is kept in PostgreSQL ({@link ClusterPluginTable}). The asking
 * node applies the operation, then records the wanted state and the operation and announces it by
 * {@code NOTIFY}; every node {@code LISTEN}s on a connection of its own, applies what it hears and
 * writes its answer; the asking node waits up to {@link #ANSWER_WAIT}, on the runtime's clock, for
 * the live nodes' answers, and says which did not answer. A node that missed an announcement (its
 * connection dropped) applies the operations it missed, and the wanted state, at its next heartbeat
 * ({@code ClusterPluginFollower});
 * a node that starts applies the wanted state before its plugins load ({@link #prepare}). Every JAR
 * a node starts must have the checksum the cluster recorded ({@code ClusterJarGate}).
 *
 * <p>When the asking node refuses because the request is wrong or the JAR cannot run (no such
 * plugin, dependants, a broken JAR), nothing is asked of the others and its refusal is the answer;
 * when it refuses because of its own state (already loaded, not loaded), the others are still asked.
 *
 * <pre>{@code
 * ClusterPluginAdmin admin = ClusterPluginAdmin.prepare(settings, dataSource, scheduler, host, wanted);
 * host.startAll();
 * admin.listen();
 * admin.reload("jokes").line();  // node cogbot-1: reloaded jokes 0.1.0 -> 0.1.1; node cogbot-2: reloaded ...
 * }</pre>
 */
public final class ClusterPluginAdmin implements PluginAdmin, AutoCloseable {

    /** How long the asking node waits for the other nodes' answers. */
    public static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ClusterPluginAdmin.class);

    private final ClusterSettings settings;
    private final ClusterPluginTable table;
    private final NodeRegistry registry;
    private final Scheduler scheduler;
    private final PluginHost host;
    private final LocalPluginAdmin local;
    private final ClusterJarGate gate;
    private final ClusterPluginFollower follower;
    /** By operation id: woken when a node answers it, or the wait ends. */
    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    private ClusterPluginAdmin(ClusterSettings settings, DataSource database, Scheduler scheduler, PluginHost host) {
        this.settings = settings;
        this.table = new ClusterPluginTable(database);
        this.registry = new NodeRegistry(database, settings.lease());
        this.scheduler = scheduler;
        this.host = host;
        this.local = new LocalPluginAdmin(host);
        this.gate = new ClusterJarGate(table, settings.nodeId(), scheduler::now);
        this.follower = new ClusterPluginFollower(settings, database, table, scheduler, host, local, gate, this::wake);
    }

    /**
     * Before {@code host} starts its plugins: every JAR it starts is checked against the cluster's
     * checksum, and {@code wanted} (the node's own list of unloaded plugins) is made the cluster's,
     * so the start loads what the cluster wants.
     *
     * @throws ClusterDatabaseException if the cluster's database cannot be read
     */
    public static ClusterPluginAdmin prepare(ClusterSettings settings, DataSource database, Scheduler scheduler,
                                             PluginHost host, WantedPlugins wanted) {
        ClusterPluginAdmin admin = new ClusterPluginAdmin(settings, database, scheduler, host);
        host.checkJarsWith(admin.gate);
        List<Wanted> cluster = admin.follower.seenAtStart();
        Set<String> unloaded = new HashSet<>();
        cluster.stream().filter(plugin -> !plugin.loaded()).forEach(plugin -> unloaded.add(plugin.pluginId()));
        // in cluster mode the cluster's list is the one: what this node alone unloaded comes back
        wanted.unloaded().stream().filter(id -> !unloaded.contains(id)).forEach(wanted::markLoaded);
        unloaded.forEach(wanted::markUnloaded);
        return admin;
    }

    /** After the plugins started: hears the other nodes' operations, and checks the wanted state at each heartbeat. */
    public void listen() {
        follower.start();
    }

    /** This node's own administration, for what stays on this node (a JAR deleted from its folder). */
    public PluginAdmin local() {
        return local;
    }

    // --- the doors

    @Override
    public PluginResult load(String idOrFileName) {
        PluginJar jar;
        try {
            jar = host.catalogue().locate(idOrFileName);
        } catch (PluginOperationException e) {
            return local.load(idOrFileName);
        }
        String sha256 = PluginChecksum.sha256(jar.file());
        return ask(new Operation(0, Verb.LOAD, jar.id(), false, false, nodeId()), idOrFileName, Optional.of(sha256),
                () -> gate.asking(sha256, () -> local.load(idOrFileName)));
    }

    @Override
    public PluginResult unload(String pluginId, boolean withDependants, boolean forgetTimers) {
        return ask(new Operation(0, Verb.UNLOAD, pluginId, withDependants, forgetTimers, nodeId()), pluginId,
                Optional.empty(), () -> local.unload(pluginId, withDependants, forgetTimers));
    }

    @Override
    public PluginResult reload(String pluginId) {
        Optional<String> sha256 = follower.folderChecksum(pluginId);
        return ask(new Operation(0, Verb.RELOAD, pluginId, false, false, nodeId()), pluginId, sha256,
                () -> sha256.map(sha -> gate.asking(sha, () -> local.reload(pluginId))).orElseGet(() -> local.reload(pluginId)));
    }

    /** A JAR deleted from this node's folder concerns this node only: the others still have theirs. */
    @Override
    public PluginResult unloadDeleted(String pluginId) {
        return follower.applyingHere(() -> local.unloadDeleted(pluginId));
    }

    /**
     * The plugins this node runs, each with the checksum of the JAR it let start (taken once, when
     * it started: not the folder's file, which may be newer), as the cluster's node list shows them.
     */
    public List<PluginChecksum> running() {
        return host.runningJars().values().stream()
                .map(jar -> new PluginChecksum(jar.id(), jar.descriptor().getVersion(),
                        gate.passed(jar.id()).orElseGet(() -> PluginChecksum.sha256(jar.file()))))
                .toList();
    }

    @Override
    public PluginListing list() {
        return local.list();
    }

    private PluginResult ask(Operation operation, String asked, Optional<String> sha256, Supplier<PluginResult> here) {
        Set<String> before = host.runningSources().keySet();
        PluginResult mine = follower.applyingHere(here);
        if (mine.outcome() instanceof PluginOutcome.Refused refused && !othersMayDiffer(refused.problem())) {
            return mine;
        }
        Instant now = scheduler.now();
        long id;
        try {
            id = table.ask(operation, sha256, now);
            if (operation.verb() == Verb.UNLOAD && mine.done()) {
                Set<String> alsoUnloaded = new HashSet<>(before);
                alsoUnloaded.removeAll(host.runningSources().keySet());
                alsoUnloaded.remove(operation.pluginId());
                table.wantUnloaded(alsoUnloaded, nodeId(), now);
            }
        } catch (ClusterException e) {
            log.warn("Plugin {} {} was done on node {} only: {}", operation.verb().sql(), asked, nodeId(), e.getMessage());
            return new PluginResult(asked, new PluginOutcome.AcrossCluster(List.of(
                    new NodeOutcome.Answered(nodeId(), mine.outcome()),
                    new NodeOutcome.NotAsked(new PluginProblem.ClusterUnreachable(
                            operation.verb().sql() + " " + asked, e.getMessage())))));
        }
        List<NodeOutcome> nodes = new ArrayList<>();
        nodes.add(new NodeOutcome.Answered(nodeId(), mine.outcome()));
        nodes.addAll(answersOf(id, liveOthers(now)));
        return new PluginResult(asked, new PluginOutcome.AcrossCluster(nodes));
    }

    /** Whether another node may do what this one refused: it refused because of its own state. */
    private static boolean othersMayDiffer(PluginProblem problem) {
        return switch (problem) {
            case PluginProblem.NotLoaded p -> true;
            case PluginProblem.AlreadyLoaded p -> true;
            case PluginProblem.ChecksumMismatch p -> true;
            default -> false;
        };
    }

    private List<String> liveOthers(Instant now) {
        try {
            return registry.nodes(now).stream().filter(node -> !node.gone())
                    .map(ListedNode::nodeId).filter(id -> !id.equals(nodeId())).toList();
        } catch (ClusterException e) {
            log.warn("Could not read which nodes are live: {}", e.getMessage());
            return List.of();
        }
    }

    /** Waits, up to {@link #ANSWER_WAIT} on the runtime's clock, for each of {@code nodes} to answer. */
    private List<NodeOutcome> answersOf(long operationId, List<String> nodes) {
        AtomicBoolean timedOut = new AtomicBoolean();
        Cancellable timer = scheduler.schedule(ANSWER_WAIT, () -> {
            timedOut.set(true);
            wake(operationId);
        });
        Map<String, Answer> answers = Map.of();
        try {
            while (true) {
                CompletableFuture<Void> woken = new CompletableFuture<>();
                waiting.put(operationId, woken);
                try {
                    answers = table.answers(operationId);
                } catch (ClusterException e) {
                    log.warn("Could not read the answers to plugin operation {}: {}", operationId, e.getMessage());
                    break;
                }
                if (answers.keySet().containsAll(nodes) || timedOut.get()) {
                    break;
                }
                // the timer ends the wait on the runtime's clock; this bound only guards against a stopped clock
                woken.get(ANSWER_WAIT.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Stopped waiting for the answers to plugin operation {}: {}", operationId, e.toString());
        } finally {
            timer.cancel();
            waiting.remove(operationId);
        }
        List<NodeOutcome> outcomes = new ArrayList<>();
        for (String node : nodes) {
            Answer answer = answers.get(node);
            outcomes.add(answer == null ? new NodeOutcome.Silent(node, ANSWER_WAIT)
                    : new NodeOutcome.Answered(node, answer.outcome(node)));
        }
        return outcomes;
    }

    private void wake(long operationId) {
        CompletableFuture<Void> woken = waiting.get(operationId);
        if (woken != null) {
            woken.complete(null);
        }
    }

    private String nodeId() {
        return settings.nodeId();
    }

    /** Stops hearing and heartbeating; the plugins stay as they are. */
    @Override
    public void close() {
        follower.close();
    }
}
