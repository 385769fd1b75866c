package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.transport.QuietListener;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The Discord transport following a {@link ShardAssignment} (a cluster's shard leases) when the
 * assignment changes while shards are still starting.
 */
class ShardsOfAnAssignmentTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final FakeDiscord discord = FakeDiscord.start(FakeDiscordConfig.twoGuilds().toBuilder()
            .recommendedShards(3).maxConcurrency(3).build());
    private final TestAssignment assignment = new TestAssignment(3);
    private final HeldLogins logins = new HeldLogins();
    private final DiscordTransport transport = new DiscordTransport(new DiscordOptions(
            DiscordToken.of(discord.token(), "the test"), Optional.of(URI.create(discord.restBaseUrl())), Optional.empty()),
            assignment, logins);

    @AfterEach
    void stop() {
        logins.release();
        transport.close();
        discord.close();
    }

    /**
     * JDA's shard manager could lose track of its worker when the first shard was the only one, and
     * then start no other: it happened in one run out of a few on a busy machine, so this is run
     * several times.
     */
    @RepeatedTest(8)
    void aShardGivenAfterTheOnlyOneTheBotLoggedInWithConnectsToo() {
        assignment.initially(Set.of(0));
        transport.start(new QuietListener());
        awaitLiveSessions(Map.of(0, 1));

        assignment.give(Set.of(0, 1));

        awaitLiveSessions(Map.of(0, 1, 1, 1));
    }

    @Test
    void aShardTakenAwayWhileJdaWasStillBuildingItIsClosedWhenItConnectsAfterAll() throws InterruptedException {
        assignment.initially(Set.of(0));
        transport.start(new QuietListener());
        awaitLiveSessions(Map.of(0, 1));

        // JDA builds shard 1 and, doing so, appends its login: that waits
        logins.holdTheNextLogin();
        assignment.give(Set.of(0, 1));
        logins.awaitHeld();
        // the lease goes while shard 1 is not built yet: JDA's shard manager has nothing to stop
        assignment.give(Set.of(0));
        int mark = discord.mark();
        logins.release();

        // shard 1 still connects, as JDA queued it; then it is closed, leaving shard 0 alone
        discord.awaitAfter(mark, Recorded.Session.class,
                s -> s.kind() == Recorded.Session.Kind.IDENTIFIED && s.shard().id() == 1, TIMEOUT);
        awaitLiveSessions(Map.of(0, 1));
        Awaitility.await("shard 0 alone counted connected here").atMost(TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> transport.gatewayStatus().shards() == 1 && transport.gatewayStatus().connected() == 1);
    }

    private void awaitLiveSessions(Map<Integer, Integer> expected) {
        Awaitility.await("live gateway sessions per shard " + expected).atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(20)).until(discord::liveSessionsPerShard, expected::equals);
    }

    /** An assignment the test changes by hand, as a cluster's leases change. */
    private static final class TestAssignment implements ShardAssignment {
        private final int total;
        private Set<Integer> initial = Set.of();
        private volatile Consumer<Set<Integer>> running;

        TestAssignment(int total) {
            this.total = total;
        }

        void initially(Set<Integer> shards) {
            initial = shards;
        }

        void give(Set<Integer> shards) {
            running.accept(shards);
        }

        @Override
        public int total() {
            return total;
        }

        @Override
        public void follow(Consumer<Set<Integer>> running) {
            this.running = running;
            running.accept(initial);
        }

        @Override
        public void stop() {
        }
    }

    /**
     * JDA's own session controller, except that, once armed, it holds the next login appended until
     * released. JDA's shard manager appends a shard's login while it builds the shard, before the
     * shard is among those it can stop.
     */
    private static final class HeldLogins extends ConcurrentSessionController {
        private volatile CountDownLatch appended = new CountDownLatch(0);
        private volatile CountDownLatch released = new CountDownLatch(0);

        void holdTheNextLogin() {
            appended = new CountDownLatch(1);
            released = new CountDownLatch(1);
        }

        void awaitHeld() throws InterruptedException {
            assertThat(appended.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("JDA appended the login").isTrue();
        }

        void release() {
            released.countDown();
        }

        @Override
        public void appendSession(SessionConnectNode node) {
            if (appended.getCount() > 0) {
                appended.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.appendSession(node);
        }
    }
}
