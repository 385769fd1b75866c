package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The fake's REST API called as the bot, with the JDK's HTTP client; answers read as JSON. */
final class BotRest implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeDiscord fake;
    private final HttpClient http = HttpClient.newHttpClient();

    BotRest(FakeDiscord fake) {
        this.fake = fake;
    }

    /** The answer's status and body; {@code json} may be null for no body. */
    HttpResponse<String> call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.restBaseUrl() + path))
                .header("Authorization", "Bot " + fake.token());
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

    JsonNode json(String method, String path, String json) {
        HttpResponse<String> response = call(method, path, json);
        try {
            return JSON.readTree(response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An emoji as a path segment. */
    static String segment(String emoji) {
        return URLEncoder.encode(emoji, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
