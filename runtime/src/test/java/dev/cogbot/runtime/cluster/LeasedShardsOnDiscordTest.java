package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.transport.QuietListener;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes in one JVM, each a Discord transport following its shard leases, against the local
 * Discord server with six shards and its login rate limit on: they split the shards, hand them
 * over when one stops, and never identify too fast in one bucket.
 */
class LeasedShardsOnDiscordTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final int SHARDS = 6;
    private static final Duration LEASE = Duration.ofSeconds(6);
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ManualTime time = new ManualTime();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private ClusterDatabase database;
    private FakeDiscord discord;
    private DiscordTransport first;
    private DiscordTransport second;

    @BeforeEach
    void start() {
        database = ClusterDatabase.on(postgres);
        discord = FakeDiscord.start(FakeDiscordConfig.twoGuilds().toBuilder()
                .recommendedShards(SHARDS).maxConcurrency(SHARDS).identifyRateLimit(true).build());
    }

    @AfterEach
    void stop() {
        closeTransports();
        discord.close();
        database.close();
    }

    private void closeTransports() {
        for (DiscordTransport node : new DiscordTransport[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        first = null;
        second = null;
    }

    private DiscordTransport node(String id) {
        return node(id, new QuietListener());
    }

    private DiscordTransport node(String id, QuietListener listener) {
        return node(id, listener, Optional.empty());
    }

    /** A node whose keeper ticks on the thread that moves the clock, so each tick is over when the clock has moved. */
    private DiscordTransport node(String id, QuietListener listener, Optional<DiscordOptions.Shards> shards) {
        registered.add(id);
        ShardLeases leases = new ShardLeases(database.dataSource(), id, SHARDS, new ShardClaim.FairShare(), LEASE,
                time::now, () -> Set.copyOf(registered));
        ShardLeaseKeeper keeper = new ShardLeaseKeeper(leases, time, HEARTBEAT, Runnable::run);
        DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), shards);
        DiscordTransport transport = new DiscordTransport(options, keeper,
                new IdentifySessionController(new IdentifyBuckets(database.dataSource(), time)));
        transport.start(listener);
        return transport;
    }

    @Test
    void twoNodesSplitTheShardsAndTheOneLeftTakesThemAllWithoutIdentifyingTooFast() throws Exception {
        QuietListener firstListener = new QuietListener();
        first = node("a", firstListener);
        awaitIdentified(0, Set.of(0, 1, 2, 3, 4, 5));

        second = node("b");
        assertThat(second.connectionState()).isEqualTo("waiting for a shard lease");

        // at the next heartbeat a gives up half for b; b's logins wait for 5 s after a's in their buckets
        int handover = discord.mark();
        advance(HEARTBEAT);
        awaitLoginsWaiting(3);
        assertThat(identifiedAfter(handover)).as("nothing identified before the window").isEmpty();
        advance(Duration.ofSeconds(3));
        awaitIdentified(handover, Set.of(3, 4, 5));
        awaitLiveSessions(Map.of(0, 1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1));
        assertThat(firstListener.inputClosed()).as("a shard stopped by lease does not stop the bot").isFalse();
        assertThat(first.fatalError()).isEmpty();

        // a stops cleanly: b takes the rest at its next heartbeat
        int failover = discord.mark();
        first.close();
        first = null;
        registered.remove("a");
        advance(HEARTBEAT);
        awaitIdentified(failover, Set.of(0, 1, 2));

        awaitLiveSessions(Map.of(0, 1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1));
        assertThat(discord.recorded()).filteredOn(Recorded.Session.class::isInstance)
                .map(r -> ((Recorded.Session) r).kind())
                .doesNotContain(Recorded.Session.Kind.IDENTIFY_RATE_LIMITED);
    }

    @Test
    void twoProcessesPacingTheirLoginsAloneBreakTheLimitThatTheClusterKeeps() {
        // what the cluster's session controller is for: each process alone keeps its own buckets
        // 5 s apart, but shards 0 and 3 share a bucket of max_concurrency 3 across the two
        discord.close();
        discord = FakeDiscord.start(FakeDiscordConfig.twoGuilds().toBuilder()
                .recommendedShards(SHARDS).maxConcurrency(3).identifyRateLimit(true).build());
        first = fixedRange(0, 2);
        second = fixedRange(3, 5);

        discord.await(Recorded.Session.class, s -> s.kind() == Recorded.Session.Kind.IDENTIFY_RATE_LIMITED, TIMEOUT);
    }

    private DiscordTransport fixedRange(int firstShard, int lastShard) {
        DiscordTransport transport = new DiscordTransport(new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())),
                Optional.of(new DiscordOptions.Shards(firstShard, lastShard, SHARDS))));
        transport.start(new QuietListener());
        return transport;
    }

    @Test
    void aClusterNodeWithoutAShardCountRunsAsManyAsDiscordRecommends() {
        registered.add("a");
        DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), Optional.empty());
        first = LeasedDiscordTransport.create(options, false, new LeasedDiscordTransport.Cluster(database.dataSource(),
                "a", () -> Set.copyOf(registered), HEARTBEAT, LEASE), time);
        first.start(new QuietListener());

        awaitIdentified(0, Set.of(0, 1, 2, 3, 4, 5));
        assertThat(ShardLeases.clusterShardCount(database.dataSource())).hasValue(SHARDS);
    }

    @Test
    void aNodeGivenARangeByHandRunsOnlyThatRange() {
        registered.add("a");
        DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), Optional.of(new DiscordOptions.Shards(4, 5, SHARDS)));
        first = LeasedDiscordTransport.create(options, true, new LeasedDiscordTransport.Cluster(database.dataSource(),
                "a", () -> Set.copyOf(registered), HEARTBEAT, LEASE), time);
        first.start(new QuietListener());

        awaitIdentified(0, Set.of(4, 5));
        awaitLiveSessions(Map.of(4, 1, 5, 1));
    }

    @Test
    void aNodeCountsOnlyTheShardsItHoldsInItsGatewayStatusNotTheTotalItWasGiven() {
        // told all six with --total-shards, as a node may be
        first = node("a", new QuietListener(), Optional.of(new DiscordOptions.Shards(0, 5, SHARDS)));
        awaitIdentified(0, Set.of(0, 1, 2, 3, 4, 5));
        eventually(() -> assertThat(first.gatewayStatus().connected()).isEqualTo(SHARDS));

        second = node("b");
        int handover = discord.mark();
        advance(HEARTBEAT);
        advance(IdentifyBuckets.WINDOW);
        awaitIdentified(handover, Set.of(3, 4, 5));

        eventually(() -> {
            assertThat(first.gatewayStatus().shards()).isEqualTo(3);
            assertThat(first.gatewayStatus().connected()).isEqualTo(3);
        });
    }

    @Test
    void aClusterNodeListsTheShardsItHoldsAtItsNextHeartbeat() {
        try (Scheduler scheduler = new Scheduler(time);
             ClusterNode node = ClusterNode.join(new ClusterSettings("a", HEARTBEAT, LEASE), database.dataSource(),
                     scheduler, NodeInfo.starting("a", "0.1.0", time.now()))) {
            DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                    Optional.of(URI.create(discord.restBaseUrl())), Optional.empty());
            first = LeasedDiscordTransport.create(options, false, node, time);
            first.start(new QuietListener());
            awaitIdentified(0, Set.of(0, 1, 2, 3, 4, 5));

            advance(HEARTBEAT);

            eventually(() -> assertThat(node.nodes()).singleElement()
                    .satisfies(listed -> assertThat(listed.info().shards()).containsExactly(0, 1, 2, 3, 4, 5)));
            first.close();
            first = null;
        }
    }

    @Test
    void aNodeLeftWithoutAShardHandsTheLeadToTheNodeThatTookIt() {
        try (Scheduler scheduler = new Scheduler(time);
             ClusterNode a = clusterNode("a", scheduler)) {
            first = LeasedDiscordTransport.create(options(Optional.empty()), false, a, time);
            first.start(new QuietListener());
            awaitIdentified(0, Set.of(0, 1, 2, 3, 4, 5));
            assertThat(a.isLeader()).as("it joined first").isTrue();

            // b is given every shard by hand, and takes them from a, which then holds none and stands by
            int handover = discord.mark();
            try (ClusterNode b = clusterNode("b", scheduler)) {
                second = LeasedDiscordTransport.create(options(Optional.of(new DiscordOptions.Shards(0, 5, SHARDS))),
                        true, b, time);
                second.start(new QuietListener());
                advance(IdentifyBuckets.WINDOW);
                awaitIdentified(handover, Set.of(0, 1, 2, 3, 4, 5));

                // a's keeper and b's node each see it at a heartbeat, on threads of their own
                eventually(() -> {
                    advance(HEARTBEAT);
                    assertThat(a.isLeader()).isFalse();
                    assertThat(b.isLeader()).isTrue();
                });
            } finally {
                // before their nodes, as an app closes them
                closeTransports();
            }
        }
    }

    private ClusterNode clusterNode(String id, Scheduler scheduler) {
        return ClusterNode.join(new ClusterSettings(id, HEARTBEAT, LEASE), database.dataSource(), scheduler,
                NodeInfo.starting(id, "0.1.0", time.now()));
    }

    private DiscordOptions options(Optional<DiscordOptions.Shards> shards) {
        return new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), shards);
    }

    /**
     * Moves both clocks: the nodes' (heartbeats, the login windows they wait out) and Discord's (the
     * login rate limit it enforces). Discord's also runs in real time, so it is never behind.
     */
    private void advance(Duration by) {
        discord.advanceTime(by);
        time.advance(by);
    }

    private Set<Integer> identifiedAfter(int mark) {
        Set<Integer> shards = new HashSet<>();
        discord.recorded().stream().skip(mark)
                .filter(r -> r instanceof Recorded.Session s && s.kind() == Recorded.Session.Kind.IDENTIFIED)
                .forEach(r -> shards.add(((Recorded.Session) r).shard().id()));
        return shards;
    }

    private void awaitIdentified(int mark, Set<Integer> shards) {
        for (int shard : shards) {
            discord.awaitAfter(mark, Recorded.Session.class,
                    s -> s.kind() == Recorded.Session.Kind.IDENTIFIED && s.shard().id() == shard, TIMEOUT);
        }
    }

    /** Waits until {@code logins} logins wait on the clock, besides each node's next heartbeat and lease end. */
    private void awaitLoginsWaiting(int logins) {
        eventually(() -> assertThat(time.pendingTimers()).isEqualTo(4 + logins));
    }

    /** Waits until each shard has the given number of sessions on open connections. */
    private void awaitLiveSessions(Map<Integer, Integer> expected) {
        eventually(() -> assertThat(discord.liveSessionsPerShard()).isEqualTo(expected));
    }

    /** Retries {@code check} until it passes or {@link #TIMEOUT} is up, for what other threads do. */
    private static void eventually(ThrowingRunnable check) {
        Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20)).untilAsserted(check);
    }
}
