package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController.SessionConnectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes' controllers on one database: the logins of one bucket stay 5 s apart across both. */
class IdentifySessionControllerTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private final ManualTime time = new ManualTime();
    private ClusterDatabase database;
    private IdentifySessionController first;
    private IdentifySessionController second;

    @BeforeEach
    void twoNodes() {
        database = ClusterDatabase.on(postgres);
        first = controller();
        second = controller();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private IdentifySessionController controller() {
        IdentifySessionController controller = new IdentifySessionController(
                new IdentifyBuckets(database.dataSource(), time));
        controller.setConcurrency(2);
        return controller;
    }

    @Test
    void aLoginInABucketWaitsFiveSecondsAfterAnotherNodesLoginThere() throws Exception {
        Instant start = time.now();
        Login shard0 = new Login(0);
        first.appendSession(shard0);
        assertThat(shard0.loggedInAt()).isEqualTo(start);

        Login shard2 = new Login(2); // 2 % 2: the same bucket as shard 0, on the other node
        second.appendSession(shard2);
        awaitWaitingTimer();
        time.advance(Duration.ofSeconds(4));
        assertThat(shard2.done).isNotDone();

        time.advance(Duration.ofSeconds(1));
        assertThat(shard2.loggedInAt()).isEqualTo(start.plusSeconds(5));
    }

    @Test
    void loginsOfDifferentBucketsDoNotWaitForEachOther() throws Exception {
        Instant start = time.now();
        Login shard0 = new Login(0);
        Login shard1 = new Login(1);
        first.appendSession(shard0);
        second.appendSession(shard1);

        assertThat(shard0.loggedInAt()).isEqualTo(start);
        assertThat(shard1.loggedInAt()).isEqualTo(start);
    }

    @Test
    void theWindowCountsFromTheEndOfASlowLogin() throws Exception {
        Instant start = time.now();
        Login slow = new Login(0) {
            @Override
            public void run(boolean last) {
                time.advance(Duration.ofSeconds(3)); // the connection took 3 s before READY
                super.run(last);
            }
        };
        first.appendSession(slow);
        slow.loggedInAt();

        Login next = new Login(0);
        second.appendSession(next);
        awaitWaitingTimer();
        time.advance(Duration.ofSeconds(5));
        assertThat(next.loggedInAt()).isEqualTo(start.plusSeconds(8));
    }

    @Test
    void theSameNodesLoginsOfOneBucketAreFiveSecondsApart() throws Exception {
        Instant start = time.now();
        Login shard0 = new Login(0);
        Login shard2 = new Login(2);
        first.appendSession(shard0);
        first.appendSession(shard2);
        shard0.loggedInAt();
        awaitWaitingTimer();

        time.advance(Duration.ofSeconds(5));
        assertThat(shard2.loggedInAt()).isEqualTo(start.plusSeconds(5));
    }

    /** Waits until a login waits on the clock, so moving it is seen. */
    private void awaitWaitingTimer() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (time.pendingTimers() == 0) {
            assertThat(System.nanoTime()).as("a login waiting for its window").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** A shard's login as JDA hands it to the controller; it notes when it ran. */
    private class Login implements SessionConnectNode {
        final CompletableFuture<Instant> done = new CompletableFuture<>();
        private final int shard;

        Login(int shard) {
            this.shard = shard;
        }

        Instant loggedInAt() throws Exception {
            return done.get(10, TimeUnit.SECONDS);
        }

        @Override
        public boolean isReconnect() {
            return false;
        }

        @Override
        public JDA getJDA() {
            return null;
        }

        @Override
        public JDA.ShardInfo getShardInfo() {
            return new JDA.ShardInfo(shard, 4);
        }

        @Override
        public void run(boolean last) {
            done.complete(time.now());
        }
    }
}
