package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.discordfake.model.FakeApplication;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway protocol, driven by a bare WebSocket client instead of JDA. */
class GatewayProtocolTest {

    private static final int GUILDS = 1;
    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int MESSAGE_CONTENT = 1 << 15;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private FakeDiscord fake;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void helloIdentifyReadyAndAGuildCreateCompleteEnoughForJda() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            JsonNode hello = client.next();
            assertThat(hello.path("op").asInt()).isEqualTo(10);
            assertThat(hello.path("d").path("heartbeat_interval").asInt()).isEqualTo(41_250);
            assertThat(hello.path("s").isNull()).isTrue();

            client.send("{\"op\":1,\"d\":null}");
            assertThat(client.next().path("op").asInt()).isEqualTo(11);

            client.identify(fake.token(), GUILDS | GUILD_MESSAGES);
            JsonNode ready = client.next();
            assertThat(ready.path("t").asText()).isEqualTo("READY");
            assertThat(ready.path("s").asInt()).isEqualTo(1);
            JsonNode d = ready.path("d");
            assertThat(d.path("v").asInt()).isEqualTo(10);
            assertThat(d.path("user").path("id").asText()).isEqualTo(Long.toString(BOT_ID));
            assertThat(d.path("guilds").get(0).path("unavailable").asBoolean()).isTrue();
            assertThat(d.path("session_id").asText()).isNotBlank();
            assertThat(d.path("resume_gateway_url").asText()).isEqualTo(fake.gatewayUrl());
            assertThat(d.path("application").path("id").asText()).isEqualTo(Long.toString(BOT_ID));
            assertThat(d.path("private_channels").isArray()).isTrue();

            JsonNode guildCreate = client.next();
            assertThat(guildCreate.path("t").asText()).isEqualTo("GUILD_CREATE");
            assertThat(guildCreate.path("s").asInt()).isEqualTo(2);
            JsonNode guild = guildCreate.path("d");
            assertThat(guild.path("id").asText()).isEqualTo(Long.toString(GUILD_ID));
            assertThat(guild.path("unavailable").asBoolean()).isFalse();
            assertThat(guild.path("afk_timeout").asInt()).isEqualTo(300);
            assertThat(guild.path("member_count").asInt()).isEqualTo(guild.path("members").size());
            assertThat(guild.path("roles")).anySatisfy(r -> {
                assertThat(r.path("id").asText()).isEqualTo(Long.toString(GUILD_ID));
                assertThat(r.path("colors").path("primary_color").isInt()).isTrue();
            });
            assertThat(guild.path("channels")).allSatisfy(c -> {
                assertThat(c.path("type").asInt()).isZero();
                assertThat(c.path("permission_overwrites").isArray()).isTrue();
            });
            assertThat(guild.path("members")).anySatisfy(m ->
                    assertThat(m.path("user").path("id").asText()).isEqualTo(Long.toString(BOT_ID)));
            for (String array : new String[] {"presences", "voice_states", "emojis", "stickers", "features",
                "threads", "guild_scheduled_events"}) {
                assertThat(guild.path(array).isArray()).as(array).isTrue();
            }
        }
    }

    @Test
    void aWrongTokenAtIdentifyClosesWith4004() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify("not-the-token", GUILDS);

            assertThat(client.awaitClose()).isEqualTo(4004);
            assertThat(fake.recorded()).filteredOn(Recorded.Session.class::isInstance)
                    .map(Recorded.Session.class::cast).singleElement()
                    .satisfies(s -> assertThat(s.kind()).isEqualTo(Recorded.Session.Kind.AUTHENTICATION_FAILED));
        }
    }

    @Test
    void anythingButAHeartbeatBeforeIdentifyClosesWith4003() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.send("{\"op\":3,\"d\":{\"status\":\"online\",\"activities\":[],\"afk\":false,\"since\":0}}");

            assertThat(client.awaitClose()).isEqualTo(4003);
        }
    }

    @Test
    void resumeReplaysWhatWasMissedThenSendsResumed() {
        String sessionId;
        try (RawGatewayClient first = RawGatewayClient.connect(fake.gatewayUrl())) {
            first.next();
            first.identify(fake.token(), GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
            sessionId = first.next().path("d").path("session_id").asText();
            assertThat(first.next().path("s").asInt()).isEqualTo(2);

            fake.dropConnection();
            fake.userSays(ALICE_ID, GENERAL_ID, "you missed this");
        }

        try (RawGatewayClient second = RawGatewayClient.connect(fake.gatewayUrl())) {
            assertThat(second.next().path("op").asInt()).isEqualTo(10);
            second.send("{\"op\":6,\"d\":{\"token\":\"" + fake.token() + "\",\"session_id\":\"" + sessionId
                    + "\",\"seq\":2}}");

            JsonNode replayed = second.next();
            assertThat(replayed.path("t").asText()).isEqualTo("MESSAGE_CREATE");
            assertThat(replayed.path("s").asInt()).isEqualTo(3);
            JsonNode message = replayed.path("d");
            assertThat(message.path("content").asText()).isEqualTo("you missed this");
            assertThat(message.path("guild_id").asText()).isEqualTo(Long.toString(GUILD_ID));
            assertThat(message.path("channel_id").asText()).isEqualTo(Long.toString(GENERAL_ID));
            assertThat(message.path("author").path("username").asText()).isEqualTo("alice");
            assertThat(message.path("member").path("roles").isArray()).isTrue();
            assertThat(message.path("timestamp").asText()).isNotBlank();

            JsonNode resumed = second.next();
            assertThat(resumed.path("t").asText()).isEqualTo("RESUMED");
            assertThat(resumed.path("s").asInt()).isEqualTo(4);
            assertThat(resumed.path("d").isObject()).isTrue();
        }
    }

    @Test
    void anInvalidatedSessionGetsOp9AndCannotBeResumed() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify(fake.token(), GUILDS);
            String sessionId = client.next().path("d").path("session_id").asText();
            client.next();

            fake.invalidateSession();
            JsonNode invalid = client.next();
            assertThat(invalid.path("op").asInt()).isEqualTo(9);
            assertThat(invalid.path("d").asBoolean(true)).isFalse();

            client.send("{\"op\":6,\"d\":{\"token\":\"" + fake.token() + "\",\"session_id\":\"" + sessionId
                    + "\",\"seq\":2}}");
            assertThat(client.next().path("op").asInt()).isEqualTo(9);
        }
    }

    @Test
    void withoutMessageContentGuildMessagesArriveBlankUnlessTheBotIsMentioned() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify(fake.token(), GUILDS | GUILD_MESSAGES);
            client.next();
            client.next();

            fake.userSays(ALICE_ID, GENERAL_ID, "secret");
            fake.userSays(ALICE_ID, GENERAL_ID, "<@" + BOT_ID + "> hello");

            assertThat(client.nextDispatch().path("d").path("content").asText()).isEmpty();
            JsonNode mentioning = client.nextDispatch().path("d");
            assertThat(mentioning.path("content").asText()).isEqualTo("<@" + BOT_ID + "> hello");
            assertThat(mentioning.path("mentions").get(0).path("id").asText()).isEqualTo(Long.toString(BOT_ID));
        }
    }

    @Test
    void withoutGuildMessagesThereAreNoMessageDispatches() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify(fake.token(), GUILDS);
            client.next();
            client.next();

            fake.userSays(ALICE_ID, GENERAL_ID, "nobody hears this");

            assertThat(fake.dispatches()).extracting(Recorded.Dispatch::type).containsExactly("READY", "GUILD_CREATE");
        }
    }

    @Test
    void aPrivilegedIntentTheApplicationMayNotUseClosesWith4014() {
        fake.close();
        fake = FakeDiscord.start(FakeDiscordConfig.builder()
                .application(new FakeApplication(BOT_ID, "cogbot", ALICE_ID, null, 0))
                .build());
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify(fake.token(), GUILDS | MESSAGE_CONTENT);

            assertThat(client.awaitClose()).isEqualTo(4014);
        }
    }

    @Test
    void zlibStreamCompressionIsHonoured() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl(),
                "v=10&encoding=json&compress=zlib-stream")) {
            assertThat(client.next().path("op").asInt()).isEqualTo(10);
            client.identify(fake.token(), GUILDS);
            assertThat(client.next().path("t").asText()).isEqualTo("READY");
            assertThat(client.next().path("t").asText()).isEqualTo("GUILD_CREATE");
        }
    }

    @Test
    void presenceUpdatesAreRecordedAndAwaitable() {
        try (RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl())) {
            client.next();
            client.identify(fake.token(), GUILDS);
            client.next();
            client.next();

            client.send("{\"op\":3,\"d\":{\"since\":null,\"afk\":false,\"status\":\"dnd\","
                    + "\"activities\":[{\"name\":\"with cogs\",\"type\":0}]}}");

            Recorded.PresenceUpdate update = fake.await(Recorded.PresenceUpdate.class,
                    p -> p.presence().status().equals("dnd"), TIMEOUT);
            assertThat(update.presence().activityName()).isEqualTo("with cogs");
        }
    }
}
