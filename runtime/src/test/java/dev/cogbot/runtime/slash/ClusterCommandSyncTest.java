package dev.cogbot.runtime.slash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.cluster.ClusterDatabase;
import dev.cogbot.runtime.cluster.ClusterNode;
import dev.cogbot.runtime.cluster.ClusterSettings;
import dev.cogbot.runtime.cluster.Leadership;
import dev.cogbot.runtime.cluster.NodeInfo;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.transport.CommandScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In a cluster the leader syncs the slash commands, whichever node runs shard 0; a node standing by
 * without a shard, which could not write them, leaves the lead to one that holds a shard.
 */
class ClusterCommandSyncTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration LEASE = Duration.ofSeconds(15);

    private ClusterDatabase database;
    private Leadership other;
    private Leadership ours;
    private SlashBot bot;
    private final List<ClusterNode> nodes = new ArrayList<>();

    @BeforeEach
    void twoNodes() {
        database = ClusterDatabase.on(postgres);
        other = new Leadership(database.newPool(), "other");
        ours = new Leadership(database.newPool(), "ours");
    }

    @AfterEach
    void stop() {
        // before the bot: its scheduler is theirs too
        nodes.forEach(ClusterNode::close);
        if (bot != null) {
            bot.close();
        }
        ours.close();
        other.close();
        database.close();
    }

    @Test
    void aNodeThatDoesNotLeadWritesNoCommandsThoughItRunsShard0() {
        other.tick(SlashBot.START);
        ours.tick(SlashBot.START);
        bot = SlashBot.inCluster(ours, true);
        bot.load("jokes", new CommandSyncTest.Jokes());

        bot.connected().settleSyncs();

        assertThat(bot.discord().writes()).isEmpty();
        assertThat(bot.sync().status()).isInstanceOf(SyncStatus.NotHere.class);
    }

    @Test
    void theLeaderWritesTheCommandsThoughItDoesNotRunShard0() {
        ours.tick(SlashBot.START);
        bot = SlashBot.inCluster(ours, false);
        bot.load("jokes", new CommandSyncTest.Jokes());

        bot.connected().settleSyncs();

        assertThat(bot.discord().writes()).containsExactly(CommandScope.GLOBAL);
    }

    @Test
    void aNodeThatBecomesLeaderSyncsWithoutWaitingForAChange() {
        other.tick(SlashBot.START);
        ours.tick(SlashBot.START);
        bot = SlashBot.inCluster(ours, false);
        bot.load("jokes", new CommandSyncTest.Jokes());
        bot.connected().settleSyncs();

        other.close();
        ours.tick(bot.now());
        bot.settleSyncs();

        assertThat(bot.discord().writes()).containsExactly(CommandScope.GLOBAL);
    }

    @Test
    void theNodeHoldingAShardSyncsThoughANodeStandingByJoinedFirst() {
        ManualTime time = new ManualTime(SlashBot.START);
        Scheduler scheduler = new Scheduler(time);
        ClusterNode standby = join("standby", scheduler);
        standby.reportShards(Set::of);
        ClusterNode holder = join("holder", scheduler);
        holder.reportShards(() -> Set.of(1));
        bot = SlashBot.inCluster(holder, false, time, scheduler);
        bot.load("jokes", new CommandSyncTest.Jokes());

        // within a few heartbeats the standby steps down, the holder leads and syncs
        bot.connected().settleSyncs();

        assertThat(bot.discord().writes()).containsExactly(CommandScope.GLOBAL);
        assertThat(bot.sync().status()).isInstanceOf(SyncStatus.InSync.class);
    }

    @Test
    void aNodeStandingByThatTakesAShardLeadsAndSyncsWithoutWaitingForAChange() {
        ManualTime time = new ManualTime(SlashBot.START);
        Scheduler scheduler = new Scheduler(time);
        Set<Integer> held = new CopyOnWriteArraySet<>();
        ClusterNode node = join("ours", scheduler);
        node.reportShards(() -> Set.copyOf(held));
        time.advance(HEARTBEAT);
        bot = SlashBot.inCluster(node, false, time, scheduler);
        bot.load("jokes", new CommandSyncTest.Jokes());
        bot.connected().settleSyncs();
        assertThat(bot.discord().writes()).as("standing by").isEmpty();

        held.add(0);
        bot.advance(HEARTBEAT.plus(CommandSync.QUIET));

        assertThat(bot.discord().writes()).containsExactly(CommandScope.GLOBAL);
    }

    /** A node of its own database pool, as a process of its own has, heartbeating on {@code scheduler}. */
    private ClusterNode join(String nodeId, Scheduler scheduler) {
        ClusterNode node = ClusterNode.join(new ClusterSettings(nodeId, HEARTBEAT, LEASE), database.newPool(),
                scheduler, NodeInfo.starting(nodeId, "0.1.0", scheduler.now()));
        nodes.add(node);
        return node;
    }
}
