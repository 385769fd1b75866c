package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.LOBBY_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.SECOND_GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discord's sharding rules in the fake, driven by a bare WebSocket client and HTTP client. */
class ShardingProtocolTest {

    private static final int GUILDS = 1;
    private static final int GUILD_MEMBERS = 1 << 1;
    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int DIRECT_MESSAGES = 1 << 12;
    private static final int MESSAGE_CONTENT = 1 << 15;
    private static final int INTENTS = GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeDiscord fake;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aShardGetsOnlyTheGuildsWhoseIdMapsToIt() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            identify(client, "[1,2]");

            JsonNode ready = client.next();
            assertThat(ready.path("t").asText()).isEqualTo("READY");
            assertThat(ids(ready.path("d").path("guilds"))).containsExactly(SECOND_GUILD_ID);
            assertThat(ready.path("d").path("shard").toString()).isEqualTo("[1,2]");
            JsonNode guildCreate = client.next();
            assertThat(guildCreate.path("t").asText()).isEqualTo("GUILD_CREATE");
            assertThat(guildCreate.path("d").path("id").asLong()).isEqualTo(SECOND_GUILD_ID);
            assertThat(guildCreate.path("d").path("name").asText()).isEqualTo("Second Cog Guild");
            assertThat(guildCreate.path("d").path("channels")).allSatisfy(c ->
                    assertThat(c.path("guild_id").asLong()).isEqualTo(SECOND_GUILD_ID));
            assertThat(ids(guildCreate.path("d").path("members"), "user"))
                    .containsExactlyInAnyOrder(BOT_ID, BOB_ID, CAROL_ID);

            fake.userSays(ALICE_ID, GENERAL_ID, "the other shard's guild");
            fake.userSaysInDm(BOB_ID, "a DM, for shard 0");
            fake.userSays(BOB_ID, LOBBY_ID, "this shard's guild");

            // dispatched synchronously: only the message in the shard's guild went out, right after GUILD_CREATE
            JsonNode message = client.nextDispatch();
            assertThat(message.path("s").asInt()).isEqualTo(3);
            assertThat(message.path("d").path("content").asText()).isEqualTo("this shard's guild");
            assertThat(message.path("d").path("guild_id").asLong()).isEqualTo(SECOND_GUILD_ID);
            assertThat(message.path("d").path("member").path("roles").get(0).asLong())
                    .isEqualTo(FakeDiscordConfig.SECOND_MODERATOR_ROLE_ID);
            assertThat(fake.dispatches()).extracting(Recorded.Dispatch::type)
                    .containsExactly("READY", "GUILD_CREATE", "MESSAGE_CREATE");
            assertThat(fake.dispatches()).allSatisfy(d -> assertThat(d.shard()).isEqualTo(new Shard(1, 2)));
        }
    }

    @Test
    void shardZeroGetsItsGuildAndTheDirectMessages() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            identify(client, "[0,2]");
            assertThat(ids(client.next().path("d").path("guilds"))).containsExactly(GUILD_ID);
            assertThat(client.next().path("d").path("id").asLong()).isEqualTo(GUILD_ID);

            fake.userSays(BOB_ID, LOBBY_ID, "the other shard's guild");
            fake.userSaysInDm(BOB_ID, "a DM");

            JsonNode dm = client.nextDispatch();
            assertThat(dm.path("s").asInt()).isEqualTo(3);
            assertThat(dm.path("d").path("content").asText()).isEqualTo("a DM");
            assertThat(dm.path("d").has("guild_id")).isFalse();
        }
    }

    @Test
    void aSessionCountsAsLiveOnItsShardUntilItsConnectionCloses() {
        try (RawGatewayClient zero = RawGatewayClient.connect(fake.gatewayUrl());
                RawGatewayClient one = RawGatewayClient.connect(fake.gatewayUrl())) {
            zero.next();
            identify(zero, "[0,2]");
            zero.next();
            one.next();
            identify(one, "[1,2]");
            one.next();
            assertThat(fake.liveSessionsPerShard()).isEqualTo(Map.of(0, 1, 1, 1));

            one.close();
            fake.await(Recorded.Connection.class, connection -> !connection.open(), Duration.ofSeconds(20));

            assertThat(fake.liveSessionsPerShard()).isEqualTo(Map.of(0, 1));
        }
    }

    @Test
    void withoutAShardASessionGetsEveryGuild() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify(fake.token(), INTENTS);

            assertThat(ids(client.next().path("d").path("guilds"))).containsExactly(GUILD_ID, SECOND_GUILD_ID);
            assertThat(client.next().path("d").path("id").asLong()).isEqualTo(GUILD_ID);
            assertThat(client.next().path("d").path("id").asLong()).isEqualTo(SECOND_GUILD_ID);
            assertThat(fake.identifiedShards()).containsExactly(Shard.UNSHARDED);
        }
    }

    @Test
    void aShardOutsideTheTotalClosesWith4010() {
        for (String shard : List.of("[2,2]", "[-1,2]", "[0,0]", "[0]", "\"0,1\"")) {
            try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
                client.next();
                identify(client, shard);

                assertThat(client.awaitClose()).as(shard).isEqualTo(4010);
            }
        }
        assertThat(fake.recorded()).filteredOn(Recorded.Session.class::isInstance).map(Recorded.Session.class::cast)
                .hasSize(5).allSatisfy(s -> assertThat(s.kind()).isEqualTo(Recorded.Session.Kind.INVALID_SHARD));
    }

    @Test
    void presenceIsRecordedWithTheShardItCameOn() {
        try (RawGatewayClient zero = RawGatewayClient.connect(fake.gatewayUrl());
                RawGatewayClient one = RawGatewayClient.connect(fake.gatewayUrl())) {
            zero.next();
            one.next();
            identify(zero, "[0,2]");
            identify(one, "[1,2]");
            zero.next();
            one.next();

            one.send("{\"op\":3,\"d\":{\"since\":null,\"afk\":false,\"status\":\"idle\","
                    + "\"activities\":[{\"name\":\"on shard one\",\"type\":0}]}}");

            Recorded.PresenceUpdate update = fake.await(Recorded.PresenceUpdate.class,
                    p -> p.presence().status().equals("idle"), TIMEOUT);
            assertThat(update.shard()).isEqualTo(new Shard(1, 2));
            assertThat(fake.lastPresence(1)).hasValueSatisfying(p ->
                    assertThat(p.activityName()).isEqualTo("on shard one"));
            assertThat(fake.lastPresence(0)).isEmpty();
        }
    }

    @Test
    void aHeldShardGetsNoReadyUntilReleasedWhileTheOtherShardConnects() {
        fake.holdIdentifies(1);
        try (RawGatewayClient zero = RawGatewayClient.connect(fake.gatewayUrl());
                RawGatewayClient one = RawGatewayClient.connect(fake.gatewayUrl())) {
            zero.next();
            one.next();
            identify(one, "[1,2]");
            identify(zero, "[0,2]");
            assertThat(zero.next().path("t").asText()).isEqualTo("READY");

            // a connection's payloads are handled in order: the heartbeat's ack proves the IDENTIFY was parked
            one.send("{\"op\":1,\"d\":null}");
            assertThat(one.next().path("op").asInt()).isEqualTo(11);
            assertThat(fake.identifiedShards()).containsExactly(new Shard(0, 2));

            fake.releaseIdentifies();
            JsonNode ready = one.next();
            assertThat(ready.path("t").asText()).isEqualTo("READY");
            assertThat(ids(ready.path("d").path("guilds"))).containsExactly(SECOND_GUILD_ID);
            assertThat(fake.identifiedShards()).containsExactlyInAnyOrder(new Shard(0, 2), new Shard(1, 2));
        }
    }

    @Test
    void memberRequestsAreAnsweredForTheShardsOwnGuildOnly() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            // the whole member list (an empty query) is Discord's to give only with the members intent
            identify(client, "[1,2]", INTENTS | GUILD_MEMBERS);
            client.next();
            client.next();

            client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + GUILD_ID + "\",\"query\":\"\",\"limit\":0,\"nonce\":\"a\"}}");
            client.send("{\"op\":8,\"d\":{\"guild_id\":\"" + SECOND_GUILD_ID
                    + "\",\"query\":\"\",\"limit\":0,\"nonce\":\"b\"}}");

            JsonNode chunk = client.nextDispatch();
            assertThat(chunk.path("t").asText()).isEqualTo("GUILD_MEMBERS_CHUNK");
            assertThat(chunk.path("d").path("nonce").asText()).isEqualTo("b");
            assertThat(chunk.path("d").path("guild_id").asLong()).isEqualTo(SECOND_GUILD_ID);
            assertThat(ids(chunk.path("d").path("members"), "user")).containsExactlyInAnyOrder(BOT_ID, BOB_ID, CAROL_ID);
        }
    }

    @Test
    void gatewayBotRecommendsTheConfiguredShardsAndRestKnowsBothGuilds() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            JsonNode gateway = get(http, "gateway/bot");
            assertThat(gateway.path("shards").asInt()).isEqualTo(2);
            assertThat(gateway.path("session_start_limit").path("max_concurrency").asInt()).isEqualTo(2);

            assertThat(get(http, "guilds/" + SECOND_GUILD_ID + "/members/" + CAROL_ID).path("user").path("username")
                    .asText()).isEqualTo("carol");
            assertThat(get(http, "guilds/" + SECOND_GUILD_ID + "/members/" + ALICE_ID).path("code").asInt())
                    .isEqualTo(10007);
            assertThat(get(http, "channels/" + LOBBY_ID).path("guild_id").asLong()).isEqualTo(SECOND_GUILD_ID);
            assertThat(get(http, "oauth2/applications/@me").path("approximate_guild_count").asInt()).isEqualTo(2);
        }
        // alice is not in the second guild, so she cannot speak there
        assertThatThrownBy(() -> fake.userSays(ALICE_ID, LOBBY_ID, "hi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Second Cog Guild");
    }

    @Test
    void theDefaultWorldStillRecommendsOneShardOneAtATime() throws Exception {
        fake.close();
        fake = FakeDiscord.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            JsonNode gateway = get(http, "gateway/bot");
            assertThat(gateway.path("shards").asInt()).isOne();
            assertThat(gateway.path("session_start_limit").path("max_concurrency").asInt()).isOne();
        }
        assertThat(fake.config().guilds()).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo(GUILD_ID));
    }

    @Test
    void aConfigRefusesDuplicateGuildsAndChannelsAndGuildsWithoutTheBot() {
        FakeGuild first = FakeDiscordConfig.defaults().guild();
        FakeGuild sameChannel = new FakeGuild(SECOND_GUILD_ID, "copy", BOB_ID, List.of(),
                List.of(FakeChannel.text(GENERAL_ID, "general", 0)), List.of(FakeMember.of(BOT_ID)));
        FakeGuild withoutBot = new FakeGuild(SECOND_GUILD_ID, "no bot", BOB_ID, List.of(), List.of(),
                List.of(FakeMember.of(BOB_ID)));

        assertThatThrownBy(() -> FakeDiscordConfig.builder().addGuild(first).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two guilds");
        assertThatThrownBy(() -> FakeDiscordConfig.builder().addGuild(sameChannel).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two channels");
        assertThatThrownBy(() -> FakeDiscordConfig.builder().addGuild(withoutBot).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bot");
        assertThatThrownBy(() -> FakeDiscordConfig.builder().guilds(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void identify(RawGatewayClient client, String shard) {
        identify(client, shard, INTENTS);
    }

    private void identify(RawGatewayClient client, String shard, int intents) {
        client.send("{\"op\":2,\"d\":{\"token\":\"" + fake.token() + "\",\"intents\":" + intents
                + ",\"shard\":" + shard + ",\"properties\":{\"os\":\"test\",\"browser\":\"raw\",\"device\":\"raw\"}}}");
    }

    private JsonNode get(HttpClient http, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fake.restBaseUrl() + path))
                .header("Authorization", "Bot " + fake.token()).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("id").asLong()).toList();
    }

    private static Set<Long> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).path("id").asLong())
                .collect(Collectors.toSet());
    }
}
