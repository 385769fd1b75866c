package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nodes registering, heartbeating and dropping out, on a real PostgreSQL and a clock the test moves. */
class ClusterNodeTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration LEASE = Duration.ofSeconds(15);
    static final PluginJar JOKES = new PluginJar("jokes", "1.0.0", "a".repeat(64));
    static final PluginJar HUSH = new PluginJar("hush", "2.1.0", "b".repeat(64));

    private final ManualTime time = new ManualTime();
    private final Scheduler scheduler = new Scheduler(time);
    private final List<ClusterNode> nodes = new ArrayList<>();
    private ClusterDatabase database;

    @BeforeEach
    void database() {
        database = ClusterDatabase.on(postgres);
    }

    @AfterEach
    void stop() {
        nodes.forEach(ClusterNode::close);
        scheduler.close();
        database.close();
    }

    private NodeInfo info(String nodeId, Set<Integer> shards, PluginJar... plugins) {
        return new NodeInfo(nodeId, "host-of-" + nodeId, "0.1.0", new TreeSet<>(shards), List.of(plugins), time.now());
    }

    private ClusterNode join(NodeInfo info) {
        ClusterNode node = ClusterNode.join(new ClusterSettings(info.nodeId(), HEARTBEAT, LEASE), database.newPool(),
                scheduler, info);
        nodes.add(node);
        return node;
    }

    private ClusterNode join(String nodeId) {
        return join(info(nodeId, Set.of()));
    }

    private ListedNode listed(ClusterNode from, String nodeId) {
        return from.nodes().stream().filter(node -> node.nodeId().equals(nodeId)).findFirst().orElseThrow();
    }

    @Test
    void aNodeRegistersItsIdHostVersionShardsPluginsAndStart() {
        NodeInfo info = info("cogbot-1", Set.of(0, 1, 2), JOKES, HUSH);

        ClusterNode node = join(info);

        assertThat(node.nodes()).singleElement().satisfies(listed -> {
            assertThat(listed.info()).isEqualTo(info);
            assertThat(listed.info().plugins()).extracting(PluginJar::id).containsExactly("hush", "jokes");
            assertThat(listed.lastHeartbeat()).isEqualTo(time.now());
            assertThat(listed.gone()).isFalse();
        });
    }

    @Test
    void aNodeThatHeartbeatsStaysInTheClusterLongPastTheLease() {
        ClusterNode node = join("cogbot-1");

        time.advance(LEASE.multipliedBy(10));

        ListedNode listed = listed(node, "cogbot-1");
        assertThat(listed.gone()).isFalse();
        assertThat(listed.heartbeatAge(time.now())).isLessThanOrEqualTo(HEARTBEAT);
    }

    @Test
    void aNodeSilentForLongerThanTheLeaseIsListedAsGone() {
        Instant start = time.now();
        new NodeRegistry(database.newPool(), LEASE).register(info("crashed", Set.of(3)), start);
        ClusterNode alive = join("alive");

        time.advance(LEASE.plus(HEARTBEAT));

        assertThat(alive.nodes()).extracting(ListedNode::nodeId, ListedNode::gone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alive", false),
                        org.assertj.core.groups.Tuple.tuple("crashed", true));
    }

    @Test
    void aGoneNodeIsRemovedFromTheListAfterFourLeases() {
        new NodeRegistry(database.newPool(), LEASE).register(info("crashed", Set.of(3)), time.now());
        ClusterNode alive = join("alive");

        time.advance(LEASE.multipliedBy(NodeRegistry.FORGET_AFTER_LEASES).plus(HEARTBEAT));

        assertThat(alive.nodes()).extracting(ListedNode::nodeId).containsExactly("alive");
    }

    @Test
    void aSecondProcessUnderTheIdOfALiveNodeIsRefused() {
        join("cogbot-1");

        assertThatThrownBy(() -> join("cogbot-1"))
                .isInstanceOf(NodeIdTakenException.class)
                .hasMessage("node id cogbot-1 is held by a live node on host host-of-cogbot-1 (last heartbeat 0s ago):"
                        + " give this process another cluster.node-id, or stop the other one");
    }

    @Test
    void aProcessMayTakeTheIdOfAGoneNode() {
        DataSource crashedPool = database.newPool();
        new NodeRegistry(crashedPool, LEASE).register(info("cogbot-1", Set.of(3)), time.now());
        time.advance(LEASE.plus(HEARTBEAT));

        ClusterNode restarted = join(info("cogbot-1", Set.of(4)));

        assertThat(listed(restarted, "cogbot-1").info().shards()).containsExactly(4);
    }

    @Test
    void aNodeThatStopsCleanlyLeavesTheListAtOnce() {
        ClusterNode staying = join("staying");
        ClusterNode leaving = join("leaving");

        leaving.close();

        assertThat(staying.nodes()).extracting(ListedNode::nodeId).containsExactly("staying");
    }

    @Test
    void shardsAndPluginsUpdatedByANodeAreListed() {
        ClusterNode node = join(info("cogbot-1", Set.of(0), JOKES));

        node.updateShards(new TreeSet<>(Set.of(4, 5)));
        node.updatePlugins(List.of(HUSH));

        NodeInfo listed = listed(node, "cogbot-1").info();
        assertThat(listed.shards()).containsExactly(4, 5);
        assertThat(listed.plugins()).containsExactly(HUSH);
    }

    @Test
    void pluginsReportedAreRecordedAtTheNextHeartbeat() {
        ClusterNode node = join(info("cogbot-1", Set.of(0)));
        List<PluginJar> running = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(JOKES));
        node.reportPlugins(() -> List.copyOf(running));
        time.advance(HEARTBEAT);

        running.add(HUSH);
        node.pluginsChanged();
        time.advance(HEARTBEAT);

        assertThat(listed(node, "cogbot-1").info().plugins()).containsExactly(HUSH, JOKES);
    }

    @Test
    void shardsReportedAreRecordedAtTheNextHeartbeatAfterTheyChange() {
        ClusterNode node = join("cogbot-1");
        Set<Integer> held = new java.util.concurrent.CopyOnWriteArraySet<>(Set.of(0, 1));
        node.reportShards(() -> Set.copyOf(held));
        time.advance(HEARTBEAT);
        assertThat(listed(node, "cogbot-1").info().shards()).containsExactly(0, 1);

        held.add(5);
        time.advance(HEARTBEAT);

        assertThat(listed(node, "cogbot-1").info().shards()).containsExactly(0, 1, 5);
    }

    @Test
    void theLiveNodesAreThoseThatHeartbeatWithinTheLease() {
        NodeRegistry registry = new NodeRegistry(database.newPool(), LEASE);
        registry.register(info("crashed", Set.of()), time.now());
        join("alive");

        time.advance(LEASE.plus(HEARTBEAT));

        assertThat(registry.liveNodeIds(time.now())).containsExactly("alive");
    }

    @Test
    void aNodeRemovedWhileItWasPausedRegistersAgainAtItsNextHeartbeat() {
        join("steady");
        // a process of its own whose clock stands still: a long GC pause, a suspended VM
        ManualTime pausedTime = new ManualTime(time.now());
        try (Scheduler pausedScheduler = new Scheduler(pausedTime);
             ClusterNode paused = ClusterNode.join(new ClusterSettings("paused", HEARTBEAT, LEASE), database.newPool(),
                     pausedScheduler, info("paused", Set.of(7)))) {
            Duration removed = LEASE.multipliedBy(NodeRegistry.FORGET_AFTER_LEASES).plus(HEARTBEAT);
            time.advance(removed);
            assertThat(nodes.getFirst().nodes()).extracting(ListedNode::nodeId).containsExactly("steady");

            pausedTime.advance(removed);

            assertThat(listed(nodes.getFirst(), "paused").gone()).isFalse();
            assertThat(listed(paused, "paused").info().shards()).containsExactly(7);
        }
    }
}
