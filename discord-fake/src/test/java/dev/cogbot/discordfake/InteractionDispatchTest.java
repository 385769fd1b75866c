package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.APPLICATION_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.LOBBY_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.SECOND_GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.SECOND_MODERATOR_ROLE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** INTERACTION_CREATE as Discord documents it, read by a bare gateway client of one shard. */
class InteractionDispatchTest {

    private static final int GUILDS = 1;
    private static final int DIRECT_MESSAGES = 1 << 12;

    private FakeDiscord fake;
    private RawGatewayClient client;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds());
        try (BotRest rest = new BotRest(fake)) {
            String add = "{\"type\":1,\"name\":\"add\",\"description\":\"d\",\"options\":["
                    + "{\"type\":4,\"name\":\"minutes\",\"description\":\"d\",\"required\":true},"
                    + "{\"type\":9,\"name\":\"notify\",\"description\":\"d\"}]}";
            String timer = "{\"type\":2,\"name\":\"timer\",\"description\":\"d\",\"options\":[" + add + "]}";
            rest.call("PUT", "applications/" + APPLICATION_ID + "/commands",
                    "[{\"name\":\"remind\",\"description\":\"d\",\"options\":[" + timer + "]},"
                            + "{\"name\":\"ping\",\"description\":\"d\",\"contexts\":[0]}]");
        }
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    private void connectAsShard(int shard) {
        client = RawGatewayClient.connect(fake.gatewayUrl());
        client.next();
        client.send("{\"op\":2,\"d\":{\"token\":\"" + fake.token() + "\",\"intents\":" + (GUILDS | DIRECT_MESSAGES)
                + ",\"shard\":[" + shard + ",2],\"properties\":{\"os\":\"test\",\"browser\":\"raw\",\"device\":\"raw\"}}}");
        client.nextDispatch();
        client.nextDispatch();
    }

    @Test
    void aCommandInAGuildGoesToItsShardWithTheDocumentedEnvelope() {
        connectAsShard(1);
        fake.userRunsCommand(ALICE_ID, GENERAL_ID, "ping", Map.of()); // the other shard's guild
        FakeInteraction run = fake.userRunsCommand(BOB_ID, LOBBY_ID, "ping", Map.of());

        JsonNode dispatch = client.nextDispatch();

        assertThat(dispatch.path("t").asText()).isEqualTo("INTERACTION_CREATE");
        JsonNode d = dispatch.path("d");
        assertThat(d.path("id").asText()).isEqualTo(Long.toString(run.id()));
        assertThat(d.path("application_id").asText()).isEqualTo(Long.toString(APPLICATION_ID));
        assertThat(d.path("type").asInt()).isEqualTo(2);
        assertThat(d.path("token").asText()).isEqualTo(run.token());
        assertThat(d.path("version").asInt()).isEqualTo(1);
        assertThat(d.path("guild_id").asText()).isEqualTo(Long.toString(SECOND_GUILD_ID));
        assertThat(d.path("channel_id").asText()).isEqualTo(Long.toString(LOBBY_ID));
        assertThat(d.path("channel").path("id").asText()).isEqualTo(Long.toString(LOBBY_ID));
        assertThat(d.path("member").path("user").path("id").asText()).isEqualTo(Long.toString(BOB_ID));
        assertThat(d.path("member").path("permissions").asText()).isNotEmpty();
        assertThat(d.has("user")).isFalse();
        assertThat(d.path("app_permissions").asText()).isNotEmpty();
        assertThat(d.path("locale").asText()).isEqualTo("en-US");
        assertThat(d.path("entitlements").isArray()).isTrue();
        assertThat(d.path("authorizing_integration_owners").path("0").asText()).isEqualTo(Long.toString(SECOND_GUILD_ID));
        assertThat(d.path("context").asInt()).isEqualTo(0);
        assertThat(d.path("data").path("name").asText()).isEqualTo("ping");
    }

    @Test
    void aCommandInADmGoesToShardZeroWithTheUser() {
        connectAsShard(0);

        fake.userRunsCommandInDm(BOB_ID, "remind timer add", Map.of("minutes", 5L));

        JsonNode d = client.nextDispatch().path("d");
        assertThat(d.has("member")).isFalse();
        assertThat(d.path("user").path("id").asText()).isEqualTo(Long.toString(BOB_ID));
        assertThat(d.path("context").asInt()).isEqualTo(1);
        assertThat(d.path("channel").path("type").asInt()).isEqualTo(1);
        assertThat(d.has("guild_id")).isFalse();
    }

    @Test
    void aGroupAndSubcommandNestTheirOptionsAndAMentionableRoleIsResolved() {
        connectAsShard(1);

        fake.userRunsCommand(BOB_ID, LOBBY_ID, "remind timer add", Map.of("minutes", 5L,
                "notify", SECOND_MODERATOR_ROLE_ID));

        JsonNode data = client.nextDispatch().path("d").path("data");
        JsonNode group = data.path("options").get(0);
        assertThat(group.path("name").asText()).isEqualTo("timer");
        assertThat(group.path("type").asInt()).isEqualTo(2);
        JsonNode sub = group.path("options").get(0);
        assertThat(sub.path("name").asText()).isEqualTo("add");
        assertThat(sub.path("options").get(0).path("value").asInt()).isEqualTo(5);
        assertThat(sub.path("options").get(1).path("value").asText()).isEqualTo(Long.toString(SECOND_MODERATOR_ROLE_ID));
        assertThat(data.path("resolved").path("roles").path(Long.toString(SECOND_MODERATOR_ROLE_ID)).path("name")
                .asText()).isEqualTo("Moderator");
    }

    @Test
    void aGuildOnlyGlobalCommandCannotBeRunInADm() {
        client = RawGatewayClient.connect(fake.gatewayUrl());

        assertThatThrownBy(() -> fake.userRunsCommandInDm(BOB_ID, "ping", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/ping");
    }
}
