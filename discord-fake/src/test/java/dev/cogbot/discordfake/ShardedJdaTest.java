package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.LOBBY_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.SECOND_GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bare JDA shard manager running shards 0 and 1 of 2 against the two-guild world: the default guild
 * is on shard 0, the second guild on shard 1. One fake and one login for all tests here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShardedJdaTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private FakeDiscord fake;
    private ShardManager shards;
    private final EventLog events = new EventLog();

    @BeforeAll
    void login() {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds());
        shards = JdaShards.login(JdaShards.builder(fake).setShardsTotal(2).setShards(0, 1), new int[] {0, 1},
                events, new PingPong());
    }

    @AfterAll
    void logout() {
        JdaShards.shutdown(shards);
        fake.close();
    }

    @Test
    void theGuildIdsPutOneGuildOnEachOfTwoShards() {
        assertThat(Shard.forGuild(GUILD_ID, 2)).isZero();
        assertThat(Shard.forGuild(SECOND_GUILD_ID, 2)).isOne();
        // Discord's formula, as JDA's shard manager applies it when looking a guild up
        assertThat(net.dv8tion.jda.api.utils.MiscUtil.getShardForGuild(SECOND_GUILD_ID, 2)).isOne();
    }

    @Test
    void bothShardsLogInThroughGatewayBotWithoutACustomSessionController() {
        assertThat(fake.identifiedShards()).containsExactlyInAnyOrder(new Shard(0, 2), new Shard(1, 2));
        assertThat(fake.gatewayOps()).filteredOn(o -> o.op() == 2)
                .extracting(o -> o.d().path("shard").toString())
                .containsExactlyInAnyOrder("[0,2]", "[1,2]");
        // the shard manager found the gateway by asking gateway/bot on the REST base, once
        assertThat(fake.restCalls()).filteredOn(c -> c.is("GET", "gateway/bot")).hasSize(1)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
        assertThat(fake.restCalls()).noneMatch(c -> c.is("GET", "gateway"));
        assertThat(fake.unknownRequests()).isEmpty();
        assertThat(shards.getShardsTotal()).isEqualTo(2);
        assertThat(shards.getShards()).allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(JDA.Status.CONNECTED));
    }

    @Test
    void eachShardSeesOnlyItsGuild() {
        JDA zero = shards.getShardById(0);
        JDA one = shards.getShardById(1);
        assertThat(zero.getGuilds()).extracting(Guild::getIdLong).containsExactly(GUILD_ID);
        assertThat(one.getGuilds()).extracting(Guild::getIdLong).containsExactly(SECOND_GUILD_ID);
        assertThat(one.getGuildById(SECOND_GUILD_ID).getName()).isEqualTo("Second Cog Guild");
        assertThat(one.getTextChannelById(LOBBY_ID).getName()).isEqualTo("lobby");
        assertThat(zero.getTextChannelById(LOBBY_ID)).isNull();
        assertThat(shards.getGuilds()).extracting(Guild::getIdLong).containsExactlyInAnyOrder(GUILD_ID, SECOND_GUILD_ID);
        assertThat(shards.getGuildById(SECOND_GUILD_ID).getJDA()).isSameAs(one);

        // on the wire: READY lists only the shard's guild, and only its GUILD_CREATE follows
        for (Recorded.Dispatch ready : dispatches("READY")) {
            long expected = ready.shard().id() == 0 ? GUILD_ID : SECOND_GUILD_ID;
            assertThat(ready.d().path("guilds")).singleElement().satisfies(g -> {
                assertThat(g.path("id").asLong()).isEqualTo(expected);
                assertThat(g.path("unavailable").asBoolean()).isTrue();
            });
            assertThat(ready.d().path("shard").toString()).isEqualTo("[" + ready.shard().id() + ",2]");
        }
        assertThat(dispatches("GUILD_CREATE")).hasSize(2)
                .allSatisfy(g -> assertThat(Shard.forGuild(g.d().path("id").asLong(), 2)).isEqualTo(g.shard().id()));
    }

    @Test
    void aMessageInAGuildReachesOnlyTheShardThatOwnsIt() {
        long inFirst = fake.userSays(ALICE_ID, GENERAL_ID, "heard by shard 0");
        long inSecond = fake.userSays(CAROL_ID, LOBBY_ID, "heard by shard 1");

        MessageReceivedEvent first = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == inFirst));
        MessageReceivedEvent second = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == inSecond));
        assertThat(JdaShards.shardOf(first)).isZero();
        assertThat(first.getGuild().getIdLong()).isEqualTo(GUILD_ID);
        assertThat(JdaShards.shardOf(second)).isOne();
        assertThat(second.getGuild().getIdLong()).isEqualTo(SECOND_GUILD_ID);
        assertThat(second.getMember().getRoles()).isEmpty();
        assertThat(second.getAuthor().getName()).isEqualTo("carol");

        // the fake sent each message to one session only: the other shard never had it
        assertThat(messageCreatesOf(inFirst)).extracting(d -> d.shard().id()).containsExactly(0);
        assertThat(messageCreatesOf(inSecond)).extracting(d -> d.shard().id()).containsExactly(1);
        assertThat(events.all(MessageReceivedEvent.class, e -> e.getMessageIdLong() == inFirst)).hasSize(1);
        assertThat(events.all(MessageReceivedEvent.class, e -> e.getMessageIdLong() == inSecond)).hasSize(1);
    }

    @Test
    void eachShardAnswersInItsOwnGuild() {
        int mark = fake.mark();
        long ping = fake.userSays(BOB_ID, LOBBY_ID, "!ping");

        Recorded.MessageSent pong = fake.awaitAfter(mark, Recorded.MessageSent.class,
                m -> m.channelId() == LOBBY_ID && m.content().equals("pong"), TIMEOUT);
        assertThat(pong.messageId()).isGreaterThan(ping);
        // the bot's own message is echoed to the shard of its guild only
        MessageReceivedEvent echo = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == pong.messageId()));
        assertThat(JdaShards.shardOf(echo)).isOne();
        assertThat(messageCreatesOf(pong.messageId())).extracting(d -> d.shard().id()).containsExactly(1);
    }

    @Test
    void reactionsGoToTheShardOfTheirGuild() {
        long id = fake.userSays(BOB_ID, LOBBY_ID, "react here");
        fake.userReacts(CAROL_ID, LOBBY_ID, id, "🎉");

        MessageReactionAddEvent added = Jda.get(events.first(MessageReactionAddEvent.class,
                e -> e.getMessageIdLong() == id));
        assertThat(JdaShards.shardOf(added)).isOne();
        assertThat(added.getEmoji()).isEqualTo(Emoji.fromUnicode("🎉"));
        assertThat(dispatches("MESSAGE_REACTION_ADD")).filteredOn(d -> d.d().path("message_id").asLong() == id)
                .extracting(d -> d.shard().id()).containsExactly(1);
    }

    @Test
    void directMessagesGoToShardZero() {
        int mark = fake.mark();
        long id = fake.userSaysInDm(CAROL_ID, "!ping");

        MessageReceivedEvent received = Jda.get(events.first(MessageReceivedEvent.class,
                e -> e.getMessageIdLong() == id));
        assertThat(received.isFromType(ChannelType.PRIVATE)).isTrue();
        assertThat(JdaShards.shardOf(received)).isZero();
        assertThat(messageCreatesOf(id)).extracting(d -> d.shard().id()).containsExactly(0);
        long dm = fake.dmChannelOf(CAROL_ID).orElseThrow();
        fake.awaitAfter(mark, Recorded.MessageSent.class, m -> m.channelId() == dm && m.content().equals("pong"),
                TIMEOUT);
    }

    @Test
    void presenceSetOnTheShardManagerIsRecordedForEveryShard() {
        int mark = fake.mark();

        shards.setActivity(Activity.playing("Jokes told: 3"));

        // each shard sends op 3 on its own gateway thread: wait for both
        for (int shard = 0; shard < 2; shard++) {
            int id = shard;
            Recorded.PresenceUpdate update = fake.awaitAfter(mark, Recorded.PresenceUpdate.class,
                    p -> p.shard().id() == id && "Jokes told: 3".equals(p.presence().activityName()), TIMEOUT);
            assertThat(update.shard()).isEqualTo(new Shard(id, 2));
            assertThat(fake.lastPresence(id)).hasValueSatisfying(p -> {
                assertThat(p.activityName()).isEqualTo("Jokes told: 3");
                assertThat(p.status()).isEqualTo("online");
            });
        }
        assertThat(fake.lastPresence(2)).isEmpty();
    }

    private List<Recorded.Dispatch> dispatches(String type) {
        return fake.dispatches().stream().filter(d -> d.type().equals(type)).toList();
    }

    private List<Recorded.Dispatch> messageCreatesOf(long messageId) {
        return dispatches("MESSAGE_CREATE").stream().filter(d -> {
            JsonNode id = d.d().path("id");
            return id.asLong() == messageId;
        }).toList();
    }
}
