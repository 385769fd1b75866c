package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShardLeasesTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final int SHARDS = 6;

    private final ManualTime time = new ManualTime();
    /** The node registry's view: the nodes that heartbeat. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private ClusterDatabase database;

    @BeforeEach
    void migrate() {
        database = ClusterDatabase.on(postgres);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ShardLeases node(String id) {
        return node(id, new ShardClaim.FairShare());
    }

    private ShardLeases node(String id, ShardClaim claim) {
        registered.add(id);
        return new ShardLeases(database.dataSource(), id, SHARDS, claim, LEASE, time::now, () -> Set.copyOf(registered));
    }

    @Test
    void aLoneNodeTakesEveryShard() {
        assertThat(node("a").tick()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aNewNodeTakesItsShareAsTheOthersGiveUpTheirSurplus() {
        ShardLeases a = node("a");
        a.tick();
        ShardLeases b = node("b");

        assertThat(b.tick()).as("nothing is free yet").isEmpty();
        assertThat(a.tick()).as("a keeps its share, ceil(6 / 2)").containsExactlyInAnyOrder(0, 1, 2);
        assertThat(b.tick()).containsExactlyInAnyOrder(3, 4, 5);
    }

    @Test
    void aThirdNodeGetsAThirdOfTheShards() {
        ShardLeases a = node("a");
        ShardLeases b = node("b");
        ShardLeases c = node("c");
        for (int round = 0; round < 3; round++) {
            a.tick();
            b.tick();
            c.tick();
        }

        assertThat(List.of(a.tick(), b.tick(), c.tick())).allSatisfy(held -> assertThat(held).hasSize(2));
        assertThat(owners()).hasSize(SHARDS).doesNotContainValue(null);
    }

    @Test
    void aNodeThatStopsRenewingKeepsItsShardsUntilItsLeaseEnds() {
        ShardLeases a = node("a");
        ShardLeases b = node("b");
        split(a, b);

        // b is killed: no more ticks, though the registry has not dropped it yet
        time.advance(LEASE.minus(Duration.ofSeconds(1)));
        assertThat(a.tick()).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void theShardsOfADeadNodeAreTakenAtTheFirstHeartbeatAfterItsLeaseEnds() {
        ShardLeases a = node("a");
        ShardLeases b = node("b");
        split(a, b);

        // b is killed right after its tick; a heartbeats on, and the registry still lists b
        Set<Integer> held = Set.of();
        Duration waited = Duration.ZERO;
        while (held.size() < SHARDS) {
            time.advance(HEARTBEAT);
            waited = waited.plus(HEARTBEAT);
            held = a.tick();
        }

        assertThat(held).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(waited).isLessThanOrEqualTo(LEASE.plus(HEARTBEAT));
    }

    @Test
    void aNodeThatStopsCleanlyHandsItsShardsOverAtOnce() {
        ShardLeases a = node("a");
        ShardLeases b = node("b");
        split(a, b);

        b.releaseAll();
        registered.remove("b");

        assertThat(a.tick()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aPinnedRangeIsTakenFromLeaseholdersAndNeverTakenWhileRenewed() {
        ShardLeases a = node("a");
        a.tick();
        ShardLeases pinned = node("p", new ShardClaim.Pinned(0, 1));
        ShardLeases b = node("b");

        assertThat(pinned.tick()).containsExactlyInAnyOrder(0, 1);
        for (int beat = 0; beat < 12; beat++) {
            time.advance(HEARTBEAT);
            pinned.tick();
            a.tick();
            b.tick();
        }

        assertThat(pinned.tick()).containsExactlyInAnyOrder(0, 1);
        assertThat(a.tick()).as("a shares the four unpinned shards with b").hasSize(2).doesNotContain(0, 1);
        assertThat(b.tick()).hasSize(2).doesNotContain(0, 1);
    }

    @Test
    void thePinnedShardsOfADeadNodeFailOverAndComeBackWhenItReturns() {
        ShardLeases pinned = node("p", new ShardClaim.Pinned(4, 5));
        ShardLeases a = node("a");
        pinned.tick();
        a.tick();
        registered.remove("p");

        time.advance(LEASE.plus(HEARTBEAT));
        assertThat(a.tick()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);

        ShardLeases back = node("p", new ShardClaim.Pinned(4, 5));
        assertThat(back.tick()).containsExactlyInAnyOrder(4, 5);
        assertThat(a.tick()).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void twoNodesPinningTheSameShardsDoNotShareThem() {
        ShardLeases first = node("p1", new ShardClaim.Pinned(0, 2));
        ShardLeases second = node("p2", new ShardClaim.Pinned(2, 3));

        assertThat(first.tick()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(second.tick()).containsExactly(3);
    }

    @Test
    void aNodeToldAnotherShardCountIsRefusedInOneLine() {
        node("a").tick();
        ShardLeases other = new ShardLeases(database.dataSource(), "b", 8, new ShardClaim.FairShare(), LEASE,
                time::now, Set::of);

        assertThatThrownBy(other::tick).isInstanceOf(ShardLeaseException.class)
                .hasMessage("the cluster runs 6 shards but node b was told 8; give every node the same --total-shards");
    }

    @Test
    void aJoiningNodeLearnsTheClustersShardCount() {
        assertThat(ShardLeases.clusterShardCount(database.dataSource())).as("no node yet").isEmpty();
        node("a").tick();

        assertThat(ShardLeases.clusterShardCount(database.dataSource())).hasValue(SHARDS);
    }

    @Test
    void everyShardIsOwnedExactlyOnceWhileThreeNodesTickConcurrently() throws Exception {
        List<ShardLeases> nodes = List.of(node("a"), node("b"), node("c"));
        int rounds = 25;
        CyclicBarrier together = new CyclicBarrier(nodes.size());
        List<Map<Integer, Set<Integer>>> heldPerRound = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            heldPerRound.add(new ConcurrentHashMap<>());
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(nodes.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (int n = 0; n < nodes.size(); n++) {
                ShardLeases node = nodes.get(n);
                int index = n;
                running.add(threads.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        together.await();
                        heldPerRound.get(round).put(index, node.tick());
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        }

        for (Map<Integer, Set<Integer>> round : heldPerRound) {
            List<Integer> all = round.values().stream().flatMap(Set::stream).toList();
            assertThat(all).as("no shard held by two nodes in one round").doesNotHaveDuplicates();
        }
        assertThat(heldPerRound.getLast().values()).as("settled on a fair share")
                .allSatisfy(held -> assertThat(held).hasSize(2));
        assertThat(owners()).hasSize(SHARDS).doesNotContainValue(null);
    }

    /** a and b each hold three shards. */
    private void split(ShardLeases a, ShardLeases b) {
        a.tick();
        b.tick();
        a.tick();
        assertThat(b.tick()).hasSize(3);
    }

    private Map<Integer, String> owners() {
        Map<Integer, String> owners = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT shard_id, owner_node FROM cluster_shard_lease")) {
            while (rows.next()) {
                owners.put(rows.getInt(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owners;
    }
}
