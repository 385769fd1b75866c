package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.APPLICATION_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The callback and webhook routes and message components, called over HTTP as a bot would, without a client. */
class InteractionResponseEndpointsTest {

    private static final String BUTTON_ROW = "{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"Go\","
            + "\"custom_id\":\"go\"}]}";

    private FakeDiscord fake;
    private BotRest rest;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
        rest = new BotRest(fake);
        rest.call("PUT", "applications/" + APPLICATION_ID + "/commands",
                "[{\"name\":\"ping\",\"description\":\"Pong\"},{\"name\":\"fruit\",\"description\":\"d\",\"options\":"
                        + "[{\"type\":3,\"name\":\"name\",\"description\":\"d\",\"autocomplete\":true}]}]");
    }

    @AfterEach
    void stop() {
        rest.close();
        fake.close();
    }

    private FakeInteraction ping() {
        return fake.userRunsCommand(ALICE_ID, GENERAL_ID, "ping", Map.of());
    }

    /** A callback without the bot's token, as Discord's public interaction routes take it. */
    private static HttpResponse<String> unauthenticated(FakeDiscord fake, String method, String path, String json) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(fake.restBaseUrl() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String callback(FakeInteraction interaction) {
        return "interactions/" + interaction.id() + "/" + interaction.token() + "/callback";
    }

    private static String webhook(FakeInteraction interaction) {
        return "webhooks/" + APPLICATION_ID + "/" + interaction.token();
    }

    private JsonNode parse(HttpResponse<String> response) {
        return Json.parseOrMissing(response.body());
    }

    @Test
    void theCallbackNeedsNoBotTokenAndAnswersTheMessageWithResponse() {
        FakeInteraction ping = ping();

        HttpResponse<String> answer = unauthenticated(fake, "POST", callback(ping) + "?with_response=true",
                "{\"type\":4,\"data\":{\"content\":\"pong\"}}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = parse(answer);
        assertThat(body.path("interaction").path("id").asText()).isEqualTo(Long.toString(ping.id()));
        assertThat(body.path("resource").path("type").asInt()).isEqualTo(4);
        assertThat(body.path("resource").path("message").path("content").asText()).isEqualTo("pong");
        assertThat(body.path("resource").path("message").path("interaction_metadata").path("id").asText())
                .isEqualTo(Long.toString(ping.id()));
    }

    @Test
    void withoutWithResponseTheCallbackIsAnsweredNoContent() {
        FakeInteraction ping = ping();

        HttpResponse<String> answer = unauthenticated(fake, "POST", callback(ping), "{\"type\":5}");

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(ping.original()).get().satisfies(m -> assertThat(m.loading()).isTrue());
    }

    @Test
    void aCallbackWithAWrongTokenIsAnUnknownInteraction() {
        FakeInteraction ping = ping();

        HttpResponse<String> answer = unauthenticated(fake, "POST", "interactions/" + ping.id() + "/nottheone/callback",
                "{\"type\":4,\"data\":{\"content\":\"pong\"}}");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(parse(answer).path("code").asInt()).isEqualTo(10062);
    }

    @Test
    void aCallbackTypeThatDoesNotFitTheInteractionIsRefused() {
        FakeInteraction ping = ping();

        HttpResponse<String> answer = unauthenticated(fake, "POST", callback(ping),
                "{\"type\":8,\"data\":{\"choices\":[]}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(ping.acknowledged()).isFalse();
    }

    @Test
    void moreThan25AutocompleteChoicesAreRefused() {
        FakeInteraction typing = fake.userAutocompletes(ALICE_ID, GENERAL_ID, "fruit", Map.of("name", ""), "name");
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            choices.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(i).append("\",\"value\":\"f").append(i)
                    .append("\"}");
        }

        HttpResponse<String> answer = unauthenticated(fake, "POST", callback(typing),
                "{\"type\":8,\"data\":{\"choices\":[" + choices + "]}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(parse(answer).path("code").asInt()).isEqualTo(50035);
    }

    @Test
    void theOriginalCanBeFetchedAndDeleted() {
        FakeInteraction ping = ping();
        unauthenticated(fake, "POST", callback(ping), "{\"type\":4,\"data\":{\"content\":\"pong\"}}");
        long id = ping.original().orElseThrow().id();

        JsonNode fetched = parse(unauthenticated(fake, "GET", webhook(ping) + "/messages/@original", ""));
        assertThat(fetched.path("id").asText()).isEqualTo(Long.toString(id));
        assertThat(fetched.path("webhook_id").asText()).isEqualTo(Long.toString(APPLICATION_ID));
        assertThat(unauthenticated(fake, "DELETE", webhook(ping) + "/messages/@original", "").statusCode())
                .isEqualTo(204);

        assertThat(fake.messagesIn(GENERAL_ID)).extracting(FakeMessage::id).doesNotContain(id);
        assertThat(ping.original()).isEmpty();
    }

    @Test
    void anEphemeralFollowUpIsNotInTheChannelAndCanBeEditedById() {
        FakeInteraction ping = ping();
        unauthenticated(fake, "POST", callback(ping), "{\"type\":4,\"data\":{\"content\":\"pong\"}}");

        JsonNode followUp = parse(unauthenticated(fake, "POST", webhook(ping) + "?wait=true",
                "{\"content\":\"psst\",\"flags\":64}"));
        String id = followUp.path("id").asText();
        JsonNode edited = parse(unauthenticated(fake, "PATCH", webhook(ping) + "/messages/" + id,
                "{\"content\":\"psst, edited\"}"));

        assertThat(followUp.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(edited.path("content").asText()).isEqualTo("psst, edited");
        assertThat(fake.messagesIn(GENERAL_ID)).extracting(m -> Long.toString(m.id())).doesNotContain(id);
        assertThat(ping.followUps()).singleElement().satisfies(m -> assertThat(m.ephemeral()).isTrue());
    }

    @Test
    void theWebhookRoutesStopAfterFifteenMinutes() {
        FakeInteraction ping = ping();
        unauthenticated(fake, "POST", callback(ping), "{\"type\":4,\"data\":{\"content\":\"pong\"}}");

        fake.advanceTime(Duration.ofMinutes(15).plusSeconds(1));

        HttpResponse<String> late = unauthenticated(fake, "PATCH", webhook(ping) + "/messages/@original",
                "{\"content\":\"too late\"}");
        assertThat(late.statusCode()).isEqualTo(404);
        assertThat(parse(late).path("code").asInt()).isEqualTo(10015);
    }

    @Test
    void aMessagesComponentsAreStoredAndEchoed() {
        JsonNode sent = rest.json("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"choose\",\"components\":[" + BUTTON_ROW + "]}");

        JsonNode fetched = rest.json("GET", "channels/" + GENERAL_ID + "/messages/" + sent.path("id").asText(), null);

        assertThat(fetched.path("components").get(0).path("components").get(0).path("custom_id").asText())
                .isEqualTo("go");
        FakeInteraction click = fake.userClicksButton(ALICE_ID, GENERAL_ID, Json.snowflake(sent.path("id")), "go");
        assertThat(click.payload().path("data").path("component_type").asInt()).isEqualTo(2);
    }

    @Test
    void moreThanFiveActionRowsAreRefused() {
        String rows = String.join(",", java.util.Collections.nCopies(6, BUTTON_ROW));

        HttpResponse<String> answer = rest.call("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"x\",\"components\":[" + rows + "]}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(parse(answer).path("code").asInt()).isEqualTo(50035);
    }

    @Test
    void moreThanFiveButtonsInARowAreRefused() {
        StringBuilder buttons = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            buttons.append(i == 0 ? "" : ",").append("{\"type\":2,\"style\":1,\"custom_id\":\"b").append(i).append("\"}");
        }

        assertThat(rest.call("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"x\",\"components\":[{\"type\":1,\"components\":[" + buttons + "]}]}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aCustomIdOver100CharactersIsRefused() {
        String row = "{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"custom_id\":\"" + "x".repeat(101) + "\"}]}";

        assertThat(rest.call("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"x\",\"components\":[" + row + "]}").statusCode()).isEqualTo(400);
    }

    @Test
    void aLinkButtonNeedsAUrlAndNoCustomId() {
        String withId = "{\"type\":1,\"components\":[{\"type\":2,\"style\":5,\"url\":\"https://example.org\","
                + "\"custom_id\":\"x\"}]}";
        String withoutUrl = "{\"type\":1,\"components\":[{\"type\":2,\"style\":5,\"label\":\"site\"}]}";

        assertThat(rest.call("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"x\",\"components\":[" + withId + "]}").body()).contains("BUTTON_COMPONENT_LINK_HAS_CUSTOM_ID");
        assertThat(rest.call("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"x\",\"components\":[" + withoutUrl + "]}").body()).contains("BUTTON_COMPONENT_URL_REQUIRED");
    }

    @Test
    void onlyTheBotsMessagesHaveComponentsToClick() {
        long aliceMessage = fake.userSays(ALICE_ID, GENERAL_ID, "no buttons here");

        assertThatThrownBy(() -> fake.userClicksButton(ALICE_ID, GENERAL_ID, aliceMessage, "go"))
                .isInstanceOf(IllegalArgumentException.class);
        long botMessage = Json.snowflake(rest.json("POST", "channels/" + GENERAL_ID + "/messages",
                "{\"content\":\"choose\",\"components\":[" + BUTTON_ROW + "]}").path("id"));
        assertThatThrownBy(() -> fake.userClicksButton(ALICE_ID, GENERAL_ID, botMessage, "stop"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stop");
    }
}
