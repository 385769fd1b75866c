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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
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
 * connection dropped) applies the operations it missed, and the wanted state, at its next heartbeat;
 * a node that starts applies the wanted state before its plugins load ({@link #prepare}). Every JAR
 * a node starts must have the checksum the cluster recorded ({@link ClusterJarGate}).
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
    /** How long one wait for a notification lasts, so a stop is noticed. */
    private static final int LISTEN_POLL_MILLIS = 500;

    private final ClusterSettings settings;
    private final DataSource database;
    private final ClusterPluginTable table;
    private final NodeRegistry registry;
    private final Scheduler scheduler;
    private final PluginHost host;
    private final LocalPluginAdmin local;
    private final ClusterJarGate gate;
    /** One operation at a time on this node, whether asked here, heard, or the wanted state applied. */
    private final ReentrantLock applying = new ReentrantLock();
    private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean listenerFailing = new AtomicBoolean();
    private volatile long lastOperation;
    private volatile long seenRevision;
    private volatile boolean closed;
    private volatile Thread listener;
    private Thread heartbeat;

    private ClusterPluginAdmin(ClusterSettings settings, DataSource database, Scheduler scheduler, PluginHost host) {
        this.settings = settings;
        this.database = database;
        this.table = new ClusterPluginTable(database);
        this.registry = new NodeRegistry(database, settings.lease());
        this.scheduler = scheduler;
        this.host = host;
        this.local = new LocalPluginAdmin(host);
        this.gate = new ClusterJarGate(table, settings.nodeId(), scheduler::now);
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
        admin.lastOperation = admin.table.lastOperation();
        List<Wanted> cluster = admin.table.wanted();
        admin.seenRevision = cluster.stream().mapToLong(Wanted::revision).max().orElse(0);
        Set<String> unloaded = new HashSet<>();
        cluster.stream().filter(plugin -> !plugin.loaded()).forEach(plugin -> unloaded.add(plugin.pluginId()));
        // in cluster mode the cluster's list is the one: what this node alone unloaded comes back
        wanted.unloaded().stream().filter(id -> !unloaded.contains(id)).forEach(wanted::markLoaded);
        unloaded.forEach(wanted::markUnloaded);
        return admin;
    }

    /** After the plugins started: hears the other nodes' operations, and checks the wanted state at each heartbeat. */
    public void listen() {
        startListener();
        heartbeat = scheduler.spawnPlatform("cogbot-cluster-plugins", this::beat);
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
        Optional<String> sha256 = folderChecksum(pluginId);
        return ask(new Operation(0, Verb.RELOAD, pluginId, false, false, nodeId()), pluginId, sha256,
                () -> sha256.map(sha -> gate.asking(sha, () -> local.reload(pluginId))).orElseGet(() -> local.reload(pluginId)));
    }

    /** A JAR deleted from this node's folder concerns this node only: the others still have theirs. */
    @Override
    public PluginResult unloadDeleted(String pluginId) {
        return applyingHere(() -> local.unloadDeleted(pluginId));
    }

    /** This node's plugins. */
    @Override
    public PluginListing list() {
        return local.list();
    }

    private PluginResult ask(Operation operation, String asked, Optional<String> sha256, Supplier<PluginResult> here) {
        Set<String> before = host.runningSources().keySet();
        PluginResult mine = applyingHere(here);
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
                    new NodeOutcome.Answered("(the others)", new PluginOutcome.Refused(new PluginProblem.ClusterUnreachable(
                            operation.verb().sql() + " " + asked + " on the other nodes", e.getMessage()))))));
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
                    : new NodeOutcome.Answered(node, outcomeOf(node, answer)));
        }
        return outcomes;
    }

    private void wake(long operationId) {
        CompletableFuture<Void> woken = waiting.get(operationId);
        if (woken != null) {
            woken.complete(null);
        }
    }

    private static PluginOutcome outcomeOf(String node, Answer answer) {
        return switch (answer.kind()) {
            case "loaded" -> new PluginOutcome.Loaded(answer.line());
            case "reloaded" -> new PluginOutcome.Reloaded(answer.line());
            case "unloaded" -> new PluginOutcome.Unloaded(answer.line());
            default -> new PluginOutcome.Refused(new PluginProblem.OnAnotherNode(node, answer.line()));
        };
    }

    private static Answer answerOf(PluginResult result) {
        return switch (result.outcome()) {
            case PluginOutcome.Loaded loaded -> new Answer("loaded", loaded.line());
            case PluginOutcome.Reloaded reloaded -> new Answer("reloaded", reloaded.line());
            case PluginOutcome.Unloaded unloaded -> new Answer("unloaded", unloaded.line());
            case PluginOutcome.Refused refused -> new Answer("refused", refused.line());
            case PluginOutcome.AcrossCluster nodes -> new Answer(nodes.refusals().isEmpty() ? "reloaded" : "refused",
                    nodes.line());
        };
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
                    table.answer(operation.id(), nodeId(), answerOf(result));
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
            case RELOAD -> replace(id);
        };
    }

    /**
     * Replaces plugin {@code id} with the JAR the cluster runs now. If this node's JAR is not that
     * one, the old version does not stay either: it is unloaded, and the JAR is listed FAILED with why.
     */
    private PluginResult replace(String id) {
        Optional<String> cluster = table.wanted().stream().filter(w -> w.pluginId().equals(id)).findFirst()
                .flatMap(Wanted::sha256);
        Optional<String> mine = folderChecksum(id);
        if (cluster.isPresent() && mine.isPresent() && !cluster.equals(mine) && host.isRunning(id)) {
            PluginResult unloaded = local.unload(id, true, false);
            log.warn("Plugin {} unloaded on node {}: its JAR is not the cluster's ({})", id, nodeId(), unloaded.line());
            return local.load(id);
        }
        return local.reload(id);
    }

    private PluginResult applyingHere(Supplier<PluginResult> operation) {
        applying.lock();
        try {
            return operation.get();
        } finally {
            applying.unlock();
        }
    }

    /** The checksum of the JAR of {@code pluginId} in this node's folder, if it has one. */
    private Optional<String> folderChecksum(String pluginId) {
        try {
            return Optional.of(PluginChecksum.sha256(host.catalogue().locate(pluginId).file()));
        } catch (PluginOperationException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
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
                    if (folderChecksum(id).isPresent()) {
                        report("load", local.load(id));
                    }
                } else if (plugin.sha256().isPresent() && !plugin.sha256().equals(gate.passed(id))) {
                    report("reload", replace(id));
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

    private void startListener() {
        listener = Thread.ofPlatform().daemon().name("cogbot-cluster-plugins-listener").start(this::listenLoop);
    }

    /**
     * Hears the announcements on one connection of the store's pool until it fails or this closes;
     * then the heartbeat starts another. Not a task of the scheduler: it waits on the network.
     */
    private void listenLoop() {
        try (Connection connection = database.getConnection()) {
            try {
                listenOn(connection);
            } catch (SQLException | RuntimeException e) {
                // the driver's own connection failed, out of the pool's sight: the pool must not hand it out again
                evict(connection);
                throw e;
            }
        } catch (SQLException | ClusterException e) {
            if (!closed && listenerFailing.compareAndSet(false, true)) {
                log.warn("Node {} no longer hears the other nodes' plugin operations ({}); it catches up at its"
                        + " heartbeat, every {}s", nodeId(), e.getMessage(), settings.heartbeat().toSeconds());
            }
        } catch (RuntimeException e) {
            listenerFailing.set(true);
            log.error("Node {} stopped hearing the other nodes' plugin operations", nodeId(), e);
        }
    }

    private void evict(Connection connection) {
        try {
            if (database.isWrapperFor(HikariDataSource.class)) {
                database.unwrap(HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException | RuntimeException e) {
            log.debug("Could not drop the listening connection from the pool: {}", e.toString());
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            // named, so an operator sees it in pg_stat_activity
            statement.execute("SET application_name = 'cogbot plugins " + nodeId() + "'");
            statement.execute("LISTEN " + ClusterPluginTable.OPERATIONS);
            statement.execute("LISTEN " + ClusterPluginTable.ANSWERS);
        }
        if (listenerFailing.compareAndSet(true, false)) {
            log.info("Node {} hears the other nodes' plugin operations again", nodeId());
            // what was asked while this node was deaf
            applyNewOperations();
        }
        while (!closed) {
            PGNotification[] heard = notifications.getNotifications(LISTEN_POLL_MILLIS);
            boolean operations = false;
            for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
                if (ClusterPluginTable.OPERATIONS.equals(notification.getName())) {
                    operations = true;
                } else {
                    wake(Long.parseLong(notification.getParameter()));
                }
            }
            if (operations && !closed) {
                applyNewOperations();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        }
    }

    private void beat() {
        Instant next = scheduler.now();
        try {
            while (!closed) {
                next = next.plus(settings.heartbeat());
                Instant now = scheduler.now();
                if (next.isBefore(now)) {
                    next = now;
                }
                scheduler.sleepUntil(next);
                if (!closed) {
                    tick();
                }
            }
        } catch (InterruptedException stopping) {
            log.debug("Plugin heartbeat of node {} stopped", nodeId());
        }
    }

    /** What a missed announcement would have brought: the operations since, and the wanted state if it changed. */
    private void tick() {
        try {
            Thread hearing = listener;
            if (hearing == null || !hearing.isAlive()) {
                startListener();
            }
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
        closed = true;
        Thread beating = heartbeat;
        if (beating != null) {
            beating.interrupt();
            join(beating);
        }
        Thread hearing = listener;
        if (hearing != null) {
            join(hearing);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
