package dev.cogbot.runtime.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Real HTTP requests to a bot's operations port, as an orchestrator's probe or Prometheus makes them.
 *
 * <pre>{@code
 * OperationsClient port = new OperationsClient(app.operationsAddress().orElseThrow());
 * assertThat(port.get("/health/ready").status()).isEqualTo(200);
 * }</pre>
 */
public final class OperationsClient {

    /** An answer: its status and its body. */
    public record Answer(int status, String body) {
    }

    private final InetSocketAddress address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OperationsClient(InetSocketAddress address) {
        this.address = address;
    }

    public Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + address.getHostString() + ":"
                + address.getPort() + path)).timeout(Duration.ofSeconds(20)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks {@code path} until its answer is as {@code expected} (what changes it happens on other
     * threads: a shard reconnecting, say), for at most {@code patience}.
     *
     * @return that answer
     * @throws org.awaitility.core.ConditionTimeoutException with the last answer if none was
     */
    public Answer awaitAnswer(String path, Predicate<Answer> expected, Duration patience) {
        return Awaitility.await("GET " + path).atMost(patience).pollInterval(Duration.ofMillis(50))
                .until(() -> get(path), expected);
    }
}
