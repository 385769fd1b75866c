package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One leader among the nodes, by an advisory lock, and a new one when it goes. */
class LeadershipTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration LEASE = Duration.ofSeconds(15);

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

    /** A node with a connection pool of its own, as a process of its own has. */
    private ClusterNode join(String nodeId) {
        NodeInfo info = new NodeInfo(nodeId, "host", "0.1.0", new TreeSet<>(), List.of(), time.now());
        ClusterNode node = ClusterNode.join(new ClusterSettings(nodeId, HEARTBEAT, LEASE), database.newPool(), scheduler,
                info);
        nodes.add(node);
        return node;
    }

    /** A node running Discord, whose lease keeper reports the shards in {@code held}: none, and it stands by. */
    private ClusterNode joinHolding(String nodeId, Set<Integer> held) {
        ClusterNode node = join(nodeId);
        node.reportShards(() -> Set.copyOf(held));
        return node;
    }

    private static Set<Integer> holding(Integer... shards) {
        return new CopyOnWriteArraySet<>(List.of(shards));
    }

    private List<ClusterNode> threeNodes() {
        return List.of(join("cogbot-0"), join("cogbot-1"), join("cogbot-2"));
    }

    private static List<String> leaders(List<ClusterNode> nodes) {
        return nodes.stream().filter(ClusterNode::isLeader).map(ClusterNode::nodeId).toList();
    }

    /** Ends the leader's database session from outside, as a lost connection or a killed process does. */
    private void cutTheLeadersConnection() {
        database.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND classid = " + Leadership.COGBOT_LOCKS + " AND objid = " + Leadership.LEADER_LOCK + " AND granted");
    }

    @Test
    void exactlyOneOfThreeNodesLeads() {
        List<ClusterNode> nodes = threeNodes();

        time.advance(HEARTBEAT.multipliedBy(3));

        assertThat(leaders(nodes)).hasSize(1);
    }

    @Test
    void theLeaderIsMarkedInTheListOfNodes() {
        List<ClusterNode> nodes = threeNodes();
        String leader = leaders(nodes).getFirst();

        assertThat(nodes.getLast().nodes()).filteredOn(ListedNode::leader).extracting(ListedNode::nodeId)
                .containsExactly(leader);
    }

    @Test
    void whenTheLeadersConnectionIsLostAnotherNodeLeadsAfterOneHeartbeat() {
        List<ClusterNode> nodes = threeNodes();
        String first = leaders(nodes).getFirst();

        cutTheLeadersConnection();
        time.advance(HEARTBEAT);

        assertThat(leaders(nodes)).hasSize(1).doesNotContain(first);
    }

    @Test
    void aLeaderWhoseConnectionIsLostStepsDownAndSaysWhy() {
        List<ClusterNode> nodes = threeNodes();
        ClusterNode first = nodes.stream().filter(ClusterNode::isLeader).findFirst().orElseThrow();
        List<LeadershipChange> changes = new CopyOnWriteArrayList<>();
        first.onChange(changes::add);

        cutTheLeadersConnection();
        time.advance(HEARTBEAT);

        assertThat(first.isLeader()).isFalse();
        assertThat(changes).containsExactly(new LeadershipChange.LostLeadership("its database connection was lost"));
    }

    @Test
    void aNodeThatTakesOverIsToldItLeads() {
        ClusterNode first = join("cogbot-0");
        ClusterNode second = join("cogbot-1");
        List<LeadershipChange> changes = new CopyOnWriteArrayList<>();
        second.onChange(changes::add);

        first.close();
        time.advance(HEARTBEAT);

        assertThat(second.isLeader()).isTrue();
        assertThat(changes).containsExactly(new LeadershipChange.BecameLeader());
    }

    @Test
    void aLeaderThatStopsCleanlyHandsOverAtTheOthersNextHeartbeat() {
        List<ClusterNode> nodes = new ArrayList<>(threeNodes());
        ClusterNode first = nodes.stream().filter(ClusterNode::isLeader).findFirst().orElseThrow();

        first.close();
        nodes.remove(first);
        time.advance(HEARTBEAT);

        assertThat(leaders(nodes)).hasSize(1);
        assertThat(nodes.getFirst().nodes()).filteredOn(ListedNode::leader).extracting(ListedNode::nodeId)
                .containsExactlyElementsOf(leaders(nodes));
    }

    @Test
    void aNodeStandingByWithoutAShardHandsTheLeadToANodeHoldingOne() {
        ClusterNode standby = joinHolding("standby", holding());
        ClusterNode holder = joinHolding("holder", holding(0));
        assertThat(standby.isLeader()).as("it joined first, before its shards were known").isTrue();

        // one heartbeat for the standby to step down, and one for the holder to take over
        time.advance(HEARTBEAT.multipliedBy(2));

        assertThat(leaders(List.of(standby, holder))).containsExactly("holder");
    }

    @Test
    void aNodeStandingByDoesNotLeadThoughNoOtherNodeDoes() {
        ClusterNode standby = joinHolding("standby", holding());

        time.advance(HEARTBEAT.multipliedBy(3));

        assertThat(standby.isLeader()).isFalse();
        assertThat(standby.nodes()).noneMatch(ListedNode::leader);
    }

    @Test
    void aNodeStandingByLeadsAtTheHeartbeatAfterItTakesAShard() {
        Set<Integer> held = holding();
        ClusterNode node = joinHolding("cogbot-0", held);
        time.advance(HEARTBEAT);
        List<LeadershipChange> changes = new CopyOnWriteArrayList<>();
        node.onChange(changes::add);

        held.add(0);
        time.advance(HEARTBEAT);

        assertThat(node.isLeader()).isTrue();
        assertThat(changes).containsExactly(new LeadershipChange.BecameLeader());
    }

    @Test
    void aLeaderLeftWithoutAShardHandsOverAndSaysWhy() {
        Set<Integer> firstHolds = holding(0, 1);
        ClusterNode first = joinHolding("cogbot-0", firstHolds);
        ClusterNode second = joinHolding("cogbot-1", holding(2));
        List<LeadershipChange> changes = new CopyOnWriteArrayList<>();
        first.onChange(changes::add);

        firstHolds.clear();   // a node pinned to shards 0-1 by hand took them
        time.advance(HEARTBEAT.multipliedBy(2));

        assertThat(leaders(List.of(first, second))).containsExactly("cogbot-1");
        assertThat(changes).containsExactly(new LeadershipChange.LostLeadership(
                "this node holds no shard, so it cannot write the slash commands"));
    }

    @Test
    void theLeaderKeepsTheLeadWhileItsShardsMoveToANodeStandingBy() {
        Set<Integer> firstHolds = holding(0, 1, 2, 3, 4, 5);
        Set<Integer> secondHolds = holding();
        ClusterNode first = joinHolding("cogbot-0", firstHolds);
        ClusterNode second = joinHolding("cogbot-1", secondHolds);
        List<LeadershipChange> changes = new CopyOnWriteArrayList<>();
        first.onChange(changes::add);
        second.onChange(changes::add);

        // the second node gets its share one shard a heartbeat, as a failover or a rebalance moves them
        for (int shard = 5; shard >= 3; shard--) {
            firstHolds.remove(shard);
            secondHolds.add(shard);
            time.advance(HEARTBEAT);
        }
        time.advance(HEARTBEAT.multipliedBy(3));

        assertThat(leaders(List.of(first, second))).containsExactly("cogbot-0");
        assertThat(changes).isEmpty();
    }

    @Test
    void aNodeThatRunsNoDiscordTransportLeadsWithoutAShard() {
        ClusterNode console = join("console");

        time.advance(HEARTBEAT.multipliedBy(3));

        assertThat(console.isLeader()).isTrue();
    }
}
