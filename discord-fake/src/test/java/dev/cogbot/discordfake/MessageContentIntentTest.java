package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application not allowed the privileged Message Content intent, as Discord treats it: content is
 * kept only in DMs, in messages the bot wrote, and in messages that mention it (a reply that pings it too).
 */
class MessageContentIntentTest {

    private static final int GUILDS = 1;
    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int DIRECT_MESSAGES = 1 << 12;
    private static final int MESSAGE_CONTENT = 1 << 15;

    private FakeDiscord fake;
    private RawGatewayClient client;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start(FakeDiscordConfig.builder()
                .application(FakeDiscordConfig.defaults().application().withoutMessageContentIntent())
                .build());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        fake.close();
    }

    private void connect(int intents) {
        client = RawGatewayClient.connect(fake.gatewayUrl());
        client.next();
        client.identify(fake.token(), intents);
        client.nextDispatch();
        client.nextDispatch();
    }

    private String nextContent() {
        return client.nextDispatch().path("d").path("content").asText();
    }

    @Test
    void theApplicationHasNeitherMessageContentFlag() {
        try (BotRest rest = new BotRest(fake)) {
            long flags = rest.json("GET", "applications/@me", null).path("flags").asLong();

            assertThat(flags & ((1L << 18) | (1L << 19))).isZero();
        }
    }

    @Test
    void identifyingWithTheIntentIsClosedWith4014() {
        client = RawGatewayClient.connect(fake.gatewayUrl());
        client.next();

        client.identify(fake.token(), GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);

        assertThat(client.awaitClose()).isEqualTo(4014);
    }

    @Test
    void aGuildMessageArrivesBlankButADirectMessageKeepsItsContent() {
        connect(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);

        fake.userSays(ALICE_ID, GENERAL_ID, "in the open");
        assertThat(nextContent()).isEmpty();
        fake.userSaysInDm(ALICE_ID, "just us");
        assertThat(nextContent()).isEqualTo("just us");
    }

    @Test
    void aReplyThatPingsTheBotKeepsItsContentAndMentionsIt() {
        connect(GUILDS | GUILD_MESSAGES);
        long botMessage;
        try (BotRest rest = new BotRest(fake)) {
            botMessage = Json.snowflake(rest.json("POST", "channels/" + GENERAL_ID + "/messages",
                    "{\"content\":\"ask me\"}").path("id"));
        }
        assertThat(nextContent()).as("the bot's own message keeps its content").isEqualTo("ask me");

        fake.userReplies(ALICE_ID, GENERAL_ID, botMessage, "what now?");

        JsonNode reply = client.nextDispatch().path("d");
        assertThat(reply.path("content").asText()).isEqualTo("what now?");
        assertThat(reply.path("mentions").get(0).path("id").asText()).isEqualTo(Long.toString(FakeDiscordConfig.BOT_ID));
    }

    @Test
    void aReplyThatDoesNotPingTheBotArrivesBlank() {
        connect(GUILDS | GUILD_MESSAGES);
        long aliceMessage = fake.userSays(ALICE_ID, GENERAL_ID, "hello");
        nextContent();
        long botMessage;
        try (BotRest rest = new BotRest(fake)) {
            botMessage = Json.snowflake(rest.json("POST", "channels/" + GENERAL_ID + "/messages",
                    "{\"content\":\"ask me\"}").path("id"));
        }
        nextContent();

        fake.userReplies(BOB_ID, GENERAL_ID, botMessage, "quietly", false);
        assertThat(nextContent()).isEmpty();
        fake.userReplies(BOB_ID, GENERAL_ID, aliceMessage, "pinging alice");
        assertThat(nextContent()).as("a reply pinging someone else").isEmpty();
    }
}
