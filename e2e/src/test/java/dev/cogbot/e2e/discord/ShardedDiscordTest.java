package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.LOBBY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Presence;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.discordfake.Shard;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --shards} / {@code --total-shards}: one process runs a range of shards through JDA's shard
 * manager, with one runtime behind them all. Against a local Discord with two guilds, one per shard
 * of 2: {@code #general} is in the guild of shard 0, {@code #lobby} in the guild of shard 1.
 */
class ShardedDiscordTest {

    private static final DiscordOptions.Shards BOTH_OF_TWO = new DiscordOptions.Shards(0, 1, 2);
    private static final DiscordOptions.Shards SECOND_OF_TWO = new DiscordOptions.Shards(1, 1, 2);

    @TempDir
    Path home;

    @Test
    void eachShardAnswersInItsGuildAndTheTransportListsBothShards() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO)) {
            FakeDiscord discord = bot.discord();
            assertThat(discord.identifiedShards()).containsExactlyInAnyOrder(new Shard(0, 2), new Shard(1, 2));

            assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).singleElement().asString()
                    .startsWith("cogbot: ").containsIgnoringCase("light");
            assertThat(bot.says(CAROL_ID, LOBBY_ID, "!lightbulb")).singleElement().asString()
                    .startsWith("cogbot: ").containsIgnoringCase("light");
            assertThat(discord.messagesSentIn(GENERAL_ID)).hasSize(1);
            assertThat(discord.messagesSentIn(LOBBY_ID)).hasSize(1);
            // each question reached the bot on the shard of its guild only
            long inGeneral = bot.lastMessageOf(ALICE_ID, GENERAL_ID);
            long inLobby = bot.lastMessageOf(CAROL_ID, LOBBY_ID);
            assertThat(shardsThatGot(discord, inGeneral)).containsExactly(0);
            assertThat(shardsThatGot(discord, inLobby)).containsExactly(1);

            // direct messages come on shard 0
            assertThat(bot.saysInDm(CAROL_ID, "!lightbulb")).singleElement().asString().containsIgnoringCase("light");

            // in any order: DiscordTransport lists JDA's shard cache as it iterates (highest shard first)
            assertThat(Arrays.asList(bot.connectionState().split(", ")))
                    .containsExactlyInAnyOrder("shard 0 CONNECTED", "shard 1 CONNECTED");
        }
    }

    @Test
    void theBotIsReadyOnlyOnceEveryShardItRunsHasConnected() {
        try (DiscordSession bot = DiscordSession.withShardOneHeld(home, Optional.of(BOTH_OF_TWO))) {
            assertNotReadyUntilShardOneConnects(bot);
        }
    }

    @Test
    void withoutAShardRangeTheBotWaitsForEveryShardDiscordRecommended() {
        try (DiscordSession bot = DiscordSession.withShardOneHeld(home, Optional.empty())) {
            assertNotReadyUntilShardOneConnects(bot);
        }
    }

    @Test
    void theOwnersAreKnownBeforeTheLastShardConnects() {
        try (DiscordSession bot = DiscordSession.withShardOneHeld(home, Optional.of(BOTH_OF_TWO))) {
            awaitOwnersKnown(bot);

            assertThat(bot.says(ALICE_ID, GENERAL_ID, "!plugins")).singleElement().asString().contains("jokes");
            assertThat(bot.app().runtime().isReady()).isFalse();
        }
    }

    @Test
    void theBotsOwnMessagesNeverReachTheRuntimeEvenBeforeItIsReady() {
        try (DiscordSession bot = DiscordSession.withShardOneHeld(home, Optional.of(BOTH_OF_TWO))) {
            bot.says(ALICE_ID, GENERAL_ID, "!lightbulb");
            long reply = bot.lastMessageOf(FakeDiscordConfig.BOT_ID, GENERAL_ID);
            // shard 0's events come in order: once this one is in, the echo of the reply was handled
            bot.says(ALICE_ID, GENERAL_ID, "thanks");

            assertThat(bot.reachedTheBot(reply)).isFalse();
        }
    }

    @Test
    void aHushInOneGuildLeavesTheGuildOfTheOtherShardAlone() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO)) {
            bot.says(ALICE_ID, GENERAL_ID, "!hush");
            long hush = bot.lastMessageOf(ALICE_ID, GENERAL_ID);
            assertThat(bot.discord().reactions()).anyMatch(r -> r.messageId() == hush && r.emoji().equals("🔇"));

            assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();
            assertThat(bot.says(BOB_ID, LOBBY_ID, "!lightbulb")).singleElement().asString()
                    .containsIgnoringCase("light");
        }
    }

    @Test
    void aBotWideHushInOneGuildSilencesTheOtherShardTooUntilItEnds() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO, Map.of("hush.scope", "bot"))) {
            awaitOwnersKnown(bot); // a bot-wide hush is for the bot's owners only
            bot.says(ALICE_ID, GENERAL_ID, "!hush");
            long hush = bot.lastMessageOf(ALICE_ID, GENERAL_ID);
            assertThat(bot.discord().reactions()).anyMatch(r -> r.messageId() == hush && r.emoji().equals("🔇"));

            // one runtime behind both shards: the guild of shard 1 is hushed as well
            assertThat(bot.says(BOB_ID, LOBBY_ID, "!lightbulb")).isEmpty();
            assertThat(bot.says(CAROL_ID, LOBBY_ID, "!knock_knock"))
                    .containsExactly("reacted 🔇 to " + bot.lastMessageOf(CAROL_ID, LOBBY_ID));

            assertThat(bot.advance(Duration.ofMinutes(5))).containsExactly("removed 🔇 from " + hush);
            assertThat(bot.says(BOB_ID, LOBBY_ID, "!lightbulb")).singleElement().asString()
                    .containsIgnoringCase("light");
        }
    }

    @Test
    void thePresenceCountsTheJokesOfBothShardsAndReachesBoth() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO)) {
            bot.says(ALICE_ID, GENERAL_ID, "!lightbulb");
            bot.says(BOB_ID, LOBBY_ID, "!lightbulb");
            int mark = bot.discord().mark();

            bot.advance(Duration.ofMinutes(1));

            // JDA sends presence on each shard's own gateway thread: wait for the server to see both
            for (int shard = 0; shard < 2; shard++) {
                int id = shard;
                Recorded.PresenceUpdate update = bot.discord().awaitAfter(mark, Recorded.PresenceUpdate.class,
                        p -> p.shard().id() == id && "Jokes told: 2".equals(p.presence().activityName()),
                        DiscordSession.PATIENCE);
                assertThat(update.shard()).isEqualTo(new Shard(id, 2));
                assertThat(update.presence().activities().getFirst().type()).isZero();
            }
        }
    }

    @Test
    void aProcessRunningOnlyShardOneAnswersItsGuildAndNeverSeesTheOther() {
        try (DiscordSession bot = DiscordSession.sharded(home, SECOND_OF_TWO)) {
            FakeDiscord discord = bot.discord();
            assertThat(discord.identifiedShards()).containsExactly(new Shard(1, 2));

            // the server dispatches as it posts: no session of shard 0 exists, so these go nowhere
            long inGeneral = discord.userSays(ALICE_ID, GENERAL_ID, "!lightbulb");
            long inDm = discord.userSaysInDm(CAROL_ID, "!lightbulb");
            assertThat(shardsThatGot(discord, inGeneral)).isEmpty();
            assertThat(shardsThatGot(discord, inDm)).isEmpty();

            assertThat(bot.says(CAROL_ID, LOBBY_ID, "!lightbulb")).singleElement().asString()
                    .startsWith("cogbot: ").containsIgnoringCase("light");
            assertThat(bot.reachedTheBot(inGeneral)).isFalse();
            assertThat(bot.reachedTheBot(inDm)).isFalse();
            assertThat(discord.messagesSentIn(GENERAL_ID)).isEmpty();
            // after a round trip on shard 1, which is therefore past its READY
            assertThat(bot.connectionState()).isEqualTo("shard 1 CONNECTED");
            assertThat(discord.lastPresence(0)).isEmpty();
            assertThat(discord.lastPresence(1)).hasValueSatisfying(p ->
                    assertThat(p.activityName()).startsWith("Jokes told"));
        }
    }

    /**
     * Shard 0 serves its guild, but the status loop waits for the bot to be ready; the presence
     * comes only once shard 1 has connected.
     */
    private static void assertNotReadyUntilShardOneConnects(DiscordSession bot) {
        FakeDiscord discord = bot.discord();
        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).anyMatch(line -> line.startsWith("cogbot: "));
        assertThat(bot.app().runtime().isReady()).isFalse();
        assertThat(discord.lastPresence(0).map(Presence::activityName)).isEmpty();

        discord.releaseIdentifies();
        bot.awaitFirstPresence();

        assertThat(bot.app().runtime().isReady()).isTrue();
        assertThat(discord.identifiedShards()).containsExactly(new Shard(0, 2), new Shard(1, 2));
        int shardOneIdentified = discord.indexOf(Recorded.Session.class, s -> s.shard().id() == 1);
        int firstPresence = discord.indexOf(Recorded.PresenceUpdate.class, p -> p.presence().activityName() != null);
        assertThat(firstPresence).isGreaterThan(shardOneIdentified);
    }

    /** Until the transport has learned who owns the bot, which it asks over REST; fails after a while. */
    private static void awaitOwnersKnown(DiscordSession bot) {
        long giveUp = System.nanoTime() + DiscordSession.PATIENCE.toNanos();
        while (!bot.transport().ownerIds().contains(Long.toString(ALICE_ID))) {
            assertThat(System.nanoTime()).as("owners still unknown").isLessThan(giveUp);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // a volatile field has no event to wait on
        }
    }

    /** The shards whose sessions the server sent MESSAGE_CREATE {@code messageId} to. */
    private static List<Integer> shardsThatGot(FakeDiscord discord, long messageId) {
        return discord.dispatches().stream()
                .filter(d -> d.type().equals("MESSAGE_CREATE") && d.d().path("id").asLong() == messageId)
                .map(d -> d.shard().id()).toList();
    }


}
