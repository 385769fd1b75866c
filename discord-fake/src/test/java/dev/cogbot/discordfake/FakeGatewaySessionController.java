package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDABuilder asks its session controller for the gateway address, and JDA's default one returns the
 * production address without asking anyone. This one asks the REST base it is given ({@code GET gateway},
 * which needs no token, like Discord's), so JDA connects to whatever gateway that REST API names.
 * {@code getShardedGateway} (used by sharding managers) already asks {@code gateway/bot} on the configured
 * REST base, so it is left alone.
 */
final class FakeGatewaySessionController extends ConcurrentSessionController {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String restBaseUrl;

    FakeGatewaySessionController(String restBaseUrl) {
        this.restBaseUrl = restBaseUrl.endsWith("/") ? restBaseUrl : restBaseUrl + "/";
    }

    @Override
    public String getGateway() {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(restBaseUrl + "gateway")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET gateway answered " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("url").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
