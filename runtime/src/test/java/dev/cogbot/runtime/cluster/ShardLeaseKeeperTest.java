package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShardLeaseKeeperTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);

    private final ManualTime time = new ManualTime();
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

    /** A node's keeper, ticking on the test's thread as the clock moves. */
    private ShardLeaseKeeper keeper(String id) {
        return keeper(id, HEARTBEAT);
    }

    private ShardLeaseKeeper keeper(String id, Duration heartbeat) {
        registered.add(id);
        ShardLeases leases = new ShardLeases(database.dataSource(), id, 6, new ShardClaim.FairShare(), LEASE,
                time::now, () -> Set.copyOf(registered));
        return new ShardLeaseKeeper(leases, time, heartbeat, Runnable::run);
    }

    @Test
    void theFirstShardsAreReportedBeforeFollowReturns() {
        List<Set<Integer>> reports = new CopyOnWriteArrayList<>();
        keeper("a").follow(reports::add);

        assertThat(reports).containsExactly(Set.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void aNodeWithNoShardYetIsToldSoAtOnce() {
        keeper("a").follow(shards -> { });
        List<Set<Integer>> reports = new CopyOnWriteArrayList<>();
        keeper("b").follow(reports::add);

        assertThat(reports).containsExactly(Set.of());
    }

    @Test
    void aNodeStandsByOnlyOnceItsLeasesGaveItNoShardAndNoLongerOnceItHasItsShare() {
        keeper("a").follow(shards -> { });
        ShardLeaseKeeper b = keeper("b");
        assertThat(b.standsBy()).as("still starting: its leases are not known yet").isFalse();

        b.follow(shards -> { });
        assertThat(b.standsBy()).as("a holds all six").isTrue();

        time.advance(HEARTBEAT.multipliedBy(2));
        assertThat(b.standsBy()).as("its share taken").isFalse();
    }

    @Test
    void aNewNodeGetsItsShareWithinTwoHeartbeats() {
        List<Set<Integer>> first = new CopyOnWriteArrayList<>();
        List<Set<Integer>> second = new CopyOnWriteArrayList<>();
        keeper("a").follow(first::add);
        keeper("b").follow(second::add);

        time.advance(HEARTBEAT.multipliedBy(2));

        assertThat(first.getLast()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(second.getLast()).containsExactlyInAnyOrder(3, 4, 5);
    }

    @Test
    void aStoppedNodesShardsGoToTheOtherAtItsNextHeartbeat() {
        List<Set<Integer>> first = new CopyOnWriteArrayList<>();
        ShardLeaseKeeper a = keeper("a");
        ShardLeaseKeeper b = keeper("b");
        a.follow(first::add);
        b.follow(shards -> { });
        time.advance(HEARTBEAT.multipliedBy(2));

        b.stop();
        registered.remove("b");
        time.advance(HEARTBEAT);

        assertThat(first.getLast()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aRenewalThatComesBackAfterItsLeaseEndedStartsNoShardUntilOneComesBackInTime() {
        // the leases are written to end a lease after the tick began; this one waits longer than
        // that (for a connection, say) before it asks which nodes share the shards
        AtomicReference<Duration> renewalTakes = new AtomicReference<>(LEASE.plusSeconds(1));
        registered.add("a");
        ShardLeases leases = new ShardLeases(database.dataSource(), "a", 6, new ShardClaim.FairShare(), LEASE,
                time::now, () -> {
                    time.advance(renewalTakes.getAndSet(Duration.ZERO));
                    return Set.copyOf(registered);
                });
        List<Set<Integer>> reports = new CopyOnWriteArrayList<>();

        new ShardLeaseKeeper(leases, time, HEARTBEAT, Runnable::run).follow(reports::add);

        // none on leases other nodes may take already; the heartbeat due meanwhile renews at once, in time
        assertThat(reports).containsExactly(Set.of(), Set.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void withTheDatabaseDownTheShardsRunUntilTheLeaseEndsThenStopAndComeBackWithIt() {
        List<Set<Integer>> reports = new CopyOnWriteArrayList<>();
        keeper("a").follow(reports::add);

        postgres.stop();
        try {
            time.advance(LEASE.minus(Duration.ofSeconds(1)));
            assertThat(reports.getLast()).as("still within the lease").hasSize(6);

            time.advance(HEARTBEAT);
            assertThat(reports.getLast()).as("another node may hold them now").isEmpty();
        } finally {
            postgres.start();
        }
        // the pool connects again in the background: give it a few heartbeats of real time
        for (int beat = 0; beat < 10 && reports.getLast().isEmpty(); beat++) {
            time.advance(HEARTBEAT);
        }

        assertThat(reports.getLast()).hasSize(6);
    }

    @Test
    void withTheDatabaseDownTheShardsStopTheMomentTheLeaseEndsNotAtTheNextHeartbeat() {
        List<Set<Integer>> reports = new CopyOnWriteArrayList<>();
        // heartbeats at 4, 8, 12 and 16 s: the lease renewed at 0 ends at 15 s, between two of them
        keeper("a", Duration.ofSeconds(4)).follow(reports::add);

        postgres.stop();
        try {
            time.advance(LEASE.minus(Duration.ofMillis(1)));
            assertThat(reports.getLast()).as("still within the lease").hasSize(6);

            time.advance(Duration.ofMillis(1));
            assertThat(reports.getLast()).as("another node may take them from now on").isEmpty();
        } finally {
            postgres.start();
        }
    }
}
