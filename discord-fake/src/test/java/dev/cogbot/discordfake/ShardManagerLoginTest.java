package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.LOBBY_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.SECOND_GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How many shards a JDA shard manager starts against the fake, and what a partial range sees. */
class ShardManagerLoginTest {

    private FakeDiscord fake;
    private ShardManager shards;
    private final EventLog events = new EventLog();

    @AfterEach
    void stop() {
        JdaShards.shutdown(shards);
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void withoutAShardCountTheShardManagerRunsTheCountGatewayBotRecommends() {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds());

        shards = JdaShards.login(JdaShards.builder(fake), new int[] {0, 1});

        assertThat(shards.getShardsTotal()).isEqualTo(2);
        assertThat(fake.identifiedShards()).containsExactlyInAnyOrder(new Shard(0, 2), new Shard(1, 2));
        assertThat(shards.getGuilds()).extracting(Guild::getIdLong).containsExactlyInAnyOrder(GUILD_ID, SECOND_GUILD_ID);
    }

    @Test
    void aSingleShardGetsEveryGuild() {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds().toBuilder().recommendedShards(1).build());

        shards = JdaShards.login(JdaShards.builder(fake), new int[] {0});

        assertThat(fake.identifiedShards()).containsExactly(new Shard(0, 1));
        assertThat(shards.getShardById(0).getGuilds()).extracting(Guild::getIdLong)
                .containsExactlyInAnyOrder(GUILD_ID, SECOND_GUILD_ID);
    }

    @Test
    void aManagerRunningOnlyShardOneOfTwoSeesOnlyTheSecondGuildAndNoDirectMessages() {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds());

        shards = JdaShards.login(JdaShards.builder(fake).setShardsTotal(2).setShards(1, 1), new int[] {1}, events);

        assertThat(fake.identifiedShards()).containsExactly(new Shard(1, 2));
        assertThat(shards.getShards()).singleElement()
                .satisfies(s -> assertThat(s.getShardInfo().getShardId()).isOne());
        assertThat(shards.getGuilds()).extracting(Guild::getIdLong).containsExactly(SECOND_GUILD_ID);

        long elsewhere = fake.userSays(ALICE_ID, GENERAL_ID, "shard 0 is not running");
        long inDm = fake.userSaysInDm(CAROL_ID, "DMs go to shard 0");
        long here = fake.userSays(CAROL_ID, LOBBY_ID, "shard 1 hears this");

        // userSays dispatches before it returns: nothing went out for the guild or DM of shard 0
        assertThat(fake.dispatches()).filteredOn(d -> d.type().equals("MESSAGE_CREATE"))
                .extracting(d -> d.d().path("id").asLong()).containsExactly(here);
        Jda.get(events.first(MessageReceivedEvent.class, e -> e.getMessageIdLong() == here));
        assertThat(events.all(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == elsewhere || e.getMessageIdLong() == inDm)).isEmpty();
    }
}
