package dev.cogbot.runtime.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Loop;
import dev.cogbot.runtime.cluster.ClusterDatabase;
import dev.cogbot.runtime.cluster.Leadership;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.transport.ReadyAtOnceTransport;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A loop marked cluster-wide runs on the cluster's leader only; an ordinary loop on every node. */
class ClusterWideLoopTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Hands the test its plugin's bot handle. */
    static final class HandleCog implements Cog {
        volatile Bot bot;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
        }
    }

    private final ManualTime time = new ManualTime();
    private final HandleCog cog = new HandleCog();
    private final AtomicInteger runs = new AtomicInteger();
    private ClusterDatabase database;
    private Leadership other;
    private Leadership ours;
    private JdbcStore store;
    private BotRuntime runtime;

    @BeforeEach
    void thisNodeAndAnother() {
        database = ClusterDatabase.on(postgres);
        other = new Leadership(database.newPool(), "other");
        ours = new Leadership(database.newPool(), "ours");
        store = JdbcStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        runtime = new BotRuntime(new ReadyAtOnceTransport(), new Scheduler(time), store, JdbcTimerStore.on(store),
                RuntimeOptions.defaults().withUnloadGrace(Duration.ofSeconds(2)).withLeader(ours));
        runtime.start();
        runtime.install("digest", List.of(cog));
    }

    @AfterEach
    void stop() {
        runtime.close();
        runtime.scheduler().close();
        store.close();
        ours.close();
        other.close();
        database.close();
    }

    private Loop clusterWideLoop() {
        return cog.bot.loop(MINUTE, runs::incrementAndGet).clusterWide().start();
    }

    @Test
    void aClusterWideLoopRunsOnTheLeader() {
        ours.tick(time.now());
        Loop loop = clusterWideLoop();

        time.advance(Duration.ofMinutes(5));

        assertThat(runs).hasValue(6);
        assertThat(loop.isClusterWide()).isTrue();
    }

    @Test
    void aClusterWideLoopDoesNotRunOnANodeThatDoesNotLead() {
        other.tick(time.now());
        ours.tick(time.now());
        Loop loop = clusterWideLoop();

        time.advance(Duration.ofMinutes(5));

        assertThat(runs).hasValue(0);
        assertThat(loop.isRunning()).isTrue();
        assertThat(loop.iterations()).isZero();
    }

    @Test
    void aClusterWideLoopRunsFromTheNextIntervalOnceItsNodeLeads() {
        other.tick(time.now());
        clusterWideLoop();
        time.advance(Duration.ofMinutes(2).plusSeconds(30));

        other.close();
        ours.tick(time.now());
        time.advance(Duration.ofMinutes(3));

        assertThat(runs).hasValue(3);
    }

    @Test
    void anOrdinaryLoopRunsOnEveryNode() {
        other.tick(time.now());
        cog.bot.loop(MINUTE, runs::incrementAndGet).start();

        time.advance(Duration.ofMinutes(5));

        assertThat(runs).hasValue(6);
    }

    @Test
    void aStartedLoopCannotBeMarkedClusterWide() {
        Loop loop = cog.bot.loop(MINUTE, runs::incrementAndGet).start();

        assertThatThrownBy(loop::clusterWide)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("mark a loop cluster-wide before starting it");
    }

}
