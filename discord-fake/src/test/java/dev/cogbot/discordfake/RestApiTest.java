package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogbot.discordfake.model.FakeApplication;
import dev.cogbot.discordfake.model.FakeTeam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST side, driven by the JDK's HTTP client instead of JDA. */
class RestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeDiscord fake;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void servesOnLoopbackUnderApiV10() {
        assertThat(fake.restBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10/");
        assertThat(fake.gatewayUrl()).matches("ws://127\\.0\\.0\\.1:\\d+/");
    }

    @Test
    void aMissingOrWrongTokenIs401() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(uri("users/@me")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = send("GET", "users/@me", "Bot nope", null);

        for (HttpResponse<String> response : List.of(none, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body())).isEqualTo(
                    JSON.readTree("{\"message\": \"401: Unauthorized\", \"code\": 0}"));
        }
    }

    @Test
    void unknownEndpointsAre404AndRecorded() throws Exception {
        HttpResponse<String> response = send("GET", "guilds/1/audit-logs", auth(), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"message\":\"Unknown\",\"code\":0}"));
        assertThat(fake.unknownRequests()).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo("GET");
            assertThat(c.path()).isEqualTo("guilds/1/audit-logs");
        });
    }

    @Test
    void openingADmWithAUserWhoWroteToTheBotAnswersTheirExistingDm() throws Exception {
        fake.userSaysInDm(ALICE_ID, "hi");
        long existing = fake.dmChannelOf(ALICE_ID).orElseThrow();

        HttpResponse<String> response = send("POST", "users/@me/channels", auth(), "{\"recipient_id\":\"" + ALICE_ID + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode channel = JSON.readTree(response.body());
        assertThat(channel.path("id").asText()).isEqualTo(Long.toString(existing));
        assertThat(channel.path("type").asInt()).isEqualTo(1);
        assertThat(channel.path("recipients").get(0).path("id").asText()).isEqualTo(Long.toString(ALICE_ID));
    }

    @Test
    void openingADmWithAnUnknownUserIsInvalidRecipient() throws Exception {
        HttpResponse<String> response = send("POST", "users/@me/channels", auth(), "{\"recipient_id\":\"404\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("code").asInt()).isEqualTo(50033);
    }

    @Test
    void gatewayBotNamesTheGatewayAndOneShard() throws Exception {
        JsonNode body = JSON.readTree(send("GET", "gateway/bot", auth(), null).body());

        assertThat(body.path("url").asText()).isEqualTo(fake.gatewayUrl());
        assertThat(body.path("shards").asInt()).isEqualTo(1);
        assertThat(body.path("session_start_limit").path("max_concurrency").asInt()).isEqualTo(1);
    }

    @Test
    void a429LooksLikeDiscordsAndTheRetrySucceeds() throws Exception {
        fake.failNextWith429(RouteMatcher.route("POST", "channels/{channel_id}/messages"));

        HttpResponse<String> limited = send("POST", "channels/" + GENERAL_ID + "/messages", auth(),
                "{\"content\":\"hi\"}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset-After")).hasValue("1.000");
        assertThat(limited.headers().firstValue("X-RateLimit-Bucket")).isPresent();
        assertThat(limited.headers().firstValue("X-RateLimit-Global")).isEmpty();
        assertThat(limited.headers().firstValue("Via")).isPresent();
        assertThat(JSON.readTree(limited.body())).isEqualTo(JSON.readTree(
                "{\"message\":\"You are being rate limited.\",\"retry_after\":1,\"global\":false}"));
        assertThat(fake.messagesSentIn(GENERAL_ID)).isEmpty();

        HttpResponse<String> retried = send("POST", "channels/" + GENERAL_ID + "/messages", auth(),
                "{\"content\":\"hi\"}");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(fake.messagesSentIn(GENERAL_ID)).containsExactly("hi");
    }

    @Test
    void sendingAMessageAnswersAFullMessageAndRecordsTheRequest() throws Exception {
        HttpResponse<String> response = send("POST", "channels/" + GENERAL_ID + "/messages", auth(),
                "{\"content\":\"hello <@" + ALICE_ID + ">\",\"nonce\":\"n1\",\"embeds\":[{\"title\":\"t\"}]}");

        JsonNode message = JSON.readTree(response.body());
        assertThat(message.path("id").asText()).isNotBlank();
        assertThat(message.path("channel_id").asText()).isEqualTo(Long.toString(GENERAL_ID));
        assertThat(message.path("author").path("id").asText()).isEqualTo(Long.toString(BOT_ID));
        assertThat(message.path("nonce").asText()).isEqualTo("n1");
        assertThat(message.path("embeds").get(0).path("title").asText()).isEqualTo("t");
        assertThat(message.path("mentions").get(0).path("id").asText()).isEqualTo(Long.toString(ALICE_ID));
        Recorded.RestCall call = fake.restCalls().getLast();
        assertThat(call.json().path("content").asText()).startsWith("hello");
        assertThat(call.headers()).doesNotContainKey("authorization").containsKey("content-type");
        assertThat(call.status()).isEqualTo(200);
    }

    @Test
    void emptyMessagesAndUnknownChannelsAreRejectedLikeDiscordDoes() throws Exception {
        HttpResponse<String> empty = send("POST", "channels/" + GENERAL_ID + "/messages", auth(), "{\"content\":\"\"}");
        HttpResponse<String> nowhere = send("POST", "channels/42/messages", auth(), "{\"content\":\"x\"}");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).path("code").asInt()).isEqualTo(50006);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(nowhere.body()).path("code").asInt()).isEqualTo(10003);
        assertThat(fake.unknownRequests()).isEmpty();
    }

    @Test
    void aMultipartUploadIsReadFromItsPayloadJson() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"payload_json\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"content\":\"with a file ✓\"}\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"files[0]\"; filename=\"joke.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "knock knock\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("channels/" + GENERAL_ID + "/messages"))
                .header("Authorization", auth())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode message = JSON.readTree(response.body());
        assertThat(message.path("content").asText()).isEqualTo("with a file ✓");
        assertThat(message.path("attachments").get(0).path("filename").asText()).isEqualTo("joke.txt");
        assertThat(message.path("attachments").get(0).path("size").asInt()).isEqualTo(11);
        assertThat(fake.messagesSentIn(GENERAL_ID)).containsExactly("with a file ✓");
    }

    @Test
    void reactionsAreKeptPerUserAndEmoji() throws Exception {
        long id = fake.userSays(ALICE_ID, GENERAL_ID, "react here");
        String path = "channels/" + GENERAL_ID + "/messages/" + id + "/reactions/%F0%9F%94%87/@me";

        assertThat(send("PUT", path, auth(), null).statusCode()).isEqualTo(204);
        assertThat(fake.reactions()).containsExactly(new FakeReaction(GENERAL_ID, id, "🔇", BOT_ID));
        JsonNode message = JSON.readTree(send("GET", "channels/" + GENERAL_ID + "/messages/" + id, auth(), null).body());
        assertThat(message.path("reactions").get(0).path("me").asBoolean()).isTrue();
        assertThat(message.path("reactions").get(0).path("emoji").path("name").asText()).isEqualTo("🔇");

        assertThat(send("DELETE", path, auth(), null).statusCode()).isEqualTo(204);
        assertThat(fake.reactions()).isEmpty();
    }

    @Test
    void theOwnerIsTheApplicationsOwnerOrTheTeamsPseudoUser() throws Exception {
        JsonNode solo = JSON.readTree(send("GET", "oauth2/applications/@me", auth(), null).body());
        assertThat(solo.path("owner").path("id").asText()).isEqualTo(Long.toString(ALICE_ID));
        assertThat(solo.path("team").isNull()).isTrue();

        fake.close();
        long teamId = 1_300_000_000_000_003_000L;
        fake = FakeDiscord.start(FakeDiscordConfig.builder().application(FakeApplication.ownedByTeam(BOT_ID, "cogbot",
                new FakeTeam(teamId, "cog makers", ALICE_ID, List.of(ALICE_ID, BOB_ID)))).build());
        JsonNode team = JSON.readTree(send("GET", "oauth2/applications/@me", auth(), null).body());
        assertThat(team.path("owner").path("id").asText()).isEqualTo(Long.toString(teamId));
        assertThat(team.path("owner").path("username").asText()).isEqualTo("team" + teamId);
        assertThat(team.path("team").path("owner_user_id").asText()).isEqualTo(Long.toString(ALICE_ID));
        assertThat(team.path("team").path("members")).extracting(m -> m.path("user").path("id").asText())
                .containsExactly(Long.toString(ALICE_ID), Long.toString(BOB_ID));
    }

    @Test
    void awaitGivesUpWithAListOfWhatHappened() {
        assertThatThrownBy(() -> fake.await(Recorded.MessageSent.class, m -> true, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", authorization);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create(fake.restBaseUrl() + path);
    }

    private String auth() {
        return "Bot " + fake.token();
    }
}
