package dev.cogbot.runtime.slash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.cluster.ClusterDatabase;
import dev.cogbot.runtime.cluster.Leadership;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.transport.CommandScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In a cluster the leader syncs the slash commands, whichever node runs shard 0. */
class ClusterCommandSyncTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private ClusterDatabase database;
    private Leadership other;
    private Leadership ours;
    private SlashBot bot;

    @BeforeEach
    void twoNodes() {
        database = ClusterDatabase.on(postgres);
        other = new Leadership(database.newPool(), "other");
        ours = new Leadership(database.newPool(), "ours");
    }

    @AfterEach
    void stop() {
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
}
