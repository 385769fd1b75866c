package dev.cogbot.runtime.operations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations port: {@code /health/live}, {@code /health/ready} and {@code /metrics} over plain
 * HTTP, served by the JDK's own HTTP server (three read-only endpoints need no more, and it adds
 * nothing to {@code lib/}). Answers in plain text: {@code 200} or {@code 503} with a line that says why.
 *
 * <pre>{@code
 * try (OperationsServer port = OperationsServer.start(settings, config, health, metrics)) {
 *     // curl http://127.0.0.1:9464/health/ready  ->  503 1 of 2 shards connected
 * }
 * }</pre>
 *
 * <p>Its threads are two platform threads of its own: plugins that keep every virtual-thread
 * carrier busy must not keep the orchestrator's probes from an answer.
 */
public final class OperationsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OperationsServer.class);
    private static final int THREADS = 2;

    private final HttpServer server;
    private final ExecutorService threads;

    private OperationsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Listens on {@code settings}' address and port.
     *
     * @param config where the settings came from, for the messages
     * @throws ConfigException if the port is taken, or the address is not this machine's
     */
    public static OperationsServer start(OperationsSettings settings, BotConfig config, HealthChecks health,
                                         BotMetrics metrics) {
        InetSocketAddress address = new InetSocketAddress(settings.bind(), settings.port().orElseThrow());
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new ConfigException("cannot open the operations port " + address.getPort() + " on "
                    + settings.bind().getHostAddress() + " (" + config.source(OperationsSettings.PORT) + "): "
                    + reason(e) + ". Choose a free port, or leave " + OperationsSettings.PORT + " empty", e);
        } catch (IOException e) {
            throw new ConfigException("cannot open the operations port " + address.getPort() + " on "
                    + settings.bind().getHostAddress() + ": " + e.getMessage(), e);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS,
                r -> Thread.ofPlatform().daemon().name("cogbot-operations-" + count.incrementAndGet()).unstarted(r));
        server.setExecutor(threads);
        server.createContext("/health/live", exchange -> answer(exchange, () -> health.live()));
        server.createContext("/health/ready", exchange -> answer(exchange, () -> health.ready()));
        server.createContext("/metrics", exchange -> {
            if (allowed(exchange)) {
                send(exchange, 200, metrics.contentType(), metrics.scrape());
            }
        });
        server.createContext("/", exchange -> {
            if (allowed(exchange)) {
                send(exchange, 404, "text/plain; charset=utf-8",
                        "no such endpoint: try /health/live, /health/ready or /metrics\n");
            }
        });
        server.start();
        OperationsServer started = new OperationsServer(server, threads);
        log.info("Operations port open on http://{}:{}/ (health: /health/live, /health/ready; metrics: /metrics)",
                settings.bind().getHostAddress(), started.address().getPort());
        return started;
    }

    private static String reason(BindException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("in use") ? "another program listens there"
                : message.contains("assign") ? "that address is not one of this machine's" : message;
    }

    /** The address it listens on: with port 0 in the settings, the port the system chose. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @FunctionalInterface
    private interface Probe {
        HealthChecks.Verdict run() throws InterruptedException;
    }

    private static void answer(HttpExchange exchange, Probe probe) throws IOException {
        if (!allowed(exchange)) {
            return;
        }
        HealthChecks.Verdict verdict;
        try {
            verdict = probe.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            verdict = new HealthChecks.Verdict(false, "the bot is stopping");
        } catch (RuntimeException e) {
            log.warn("A health check failed", e);
            verdict = new HealthChecks.Verdict(false, "the check failed: " + e);
        }
        send(exchange, verdict.ok() ? 200 : 503, "text/plain; charset=utf-8", verdict.reason() + "\n");
    }

    /** Whether the request is a GET or HEAD of exactly the context's path; answers it otherwise. */
    private static boolean allowed(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD are answered here\n");
            return false;
        }
        String path = exchange.getRequestURI().getPath();
        String context = exchange.getHttpContext().getPath();
        if (!context.equals("/") && !path.equals(context)) {
            send(exchange, 404, "text/plain; charset=utf-8", "no such endpoint: " + path + "\n");
            return false;
        }
        return true;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    /** Stops listening; a probe in flight gets its answer if it comes within a second. */
    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
