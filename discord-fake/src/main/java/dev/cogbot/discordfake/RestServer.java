package dev.cogbot.discordfake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the REST API: JDK {@link HttpServer} on 127.0.0.1 and an ephemeral port, one virtual
 * thread per exchange. Turns exchanges into {@link RestRequest}s for {@link RestApi} and records each.
 */
final class RestServer implements AutoCloseable {

    static final String API_PREFIX = "/api/v10/";
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final RestApi api;
    private final Recorder recorder;
    private final Clock clock;

    private RestServer(HttpServer server, ExecutorService executor, RestApi api, Recorder recorder, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.api = api;
        this.recorder = recorder;
        this.clock = clock;
    }

    static RestServer start(InetAddress loopback, RestApi api, Recorder recorder, Clock clock) {
        // Read once, when the JDK's server classes load: without it each response waits on Nagle (~40 ms).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
            // platform threads: Discord runs elsewhere, so its fake must not wait for the carriers of
            // the bot it serves, which a test may keep busy with plugins that never yield
            ExecutorService executor = Executors.newCachedThreadPool(
                    Thread.ofPlatform().daemon().name("fake-discord-rest-", 1).factory());
            RestServer rest = new RestServer(server, executor, api, recorder, clock);
            server.createContext("/", rest::exchange);
            server.setExecutor(executor);
            server.start();
            return rest;
        } catch (IOException e) {
            throw new UncheckedIOException("The fake REST server did not start", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            Map<String, List<String>> headers = headers(exchange);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String bodyText;
            List<Multipart.FilePart> files = List.of();
            if (Multipart.isMultipart(contentType)) {
                Multipart.Parsed parsed = Multipart.parse(body, contentType);
                bodyText = parsed.payloadJson();
                files = parsed.files();
            } else {
                bodyText = new String(body, StandardCharsets.UTF_8);
            }

            RestApi.Answer answer;
            List<String> segments;
            if (rawPath.startsWith(API_PREFIX)) {
                segments = decodedSegments(rawPath.substring(API_PREFIX.length()));
                answer = api.handle(new RestRequest(method, segments, rawQuery == null ? "" : rawQuery, headers,
                        bodyText, files, Map.of()));
            } else {
                segments = decodedSegments(rawPath);
                answer = new RestApi.Answer(RestResponse.unknownRoute(), false);
            }
            Map<String, List<String>> recordedHeaders = new LinkedHashMap<>(headers);
            recordedHeaders.remove("authorization");
            recorder.record(new Recorded.RestCall(clock.instant(), method, String.join("/", segments),
                    rawQuery == null ? "" : rawQuery, recordedHeaders, bodyText, answer.response().status(),
                    answer.routeKnown()));
            if (!answer.routeKnown()) {
                LOG.warn("The fake has no endpoint for {} {}", method, rawPath);
            }
            respond(exchange, answer.response());
        } catch (IOException | RuntimeException e) {
            LOG.error("The fake REST server failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            try {
                respond(exchange, RestResponse.error(500, 0, "500: Internal Server Error"));
            } catch (IOException | RuntimeException ignored) {
                // the response had already started
            }
        }
    }

    private static void respond(HttpExchange exchange, RestResponse response) throws IOException {
        var out = exchange.getResponseHeaders();
        // Discord's responses come through Google's front end; JDA reads a 429 without "via" as Cloudflare's
        out.set("Via", "1.1 google");
        response.headers().forEach(out::set);
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        out.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return headers;
    }

    private static List<String> decodedSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : RouteTemplate.split(rawPath)) {
            // a '+' in a path is a plus, not a space
            segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return segments;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
