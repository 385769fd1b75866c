package dev.cogbot.discordfake;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket side of the gateway, on 127.0.0.1 and an ephemeral port. Accepts
 * {@code ?encoding=json&v=10[&compress=zlib-stream]} and hands each connection to {@link Gateway}.
 */
final class GatewayServer extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    private final Gateway gateway;
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    GatewayServer(InetAddress loopback, Gateway gateway) {
        super(new InetSocketAddress(loopback, 0), 2);
        this.gateway = gateway;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
        // JDA heartbeats itself; the library's own ping-based liveness check is not needed
        setConnectionLostTimeout(0);
    }

    /** Starts listening and waits until the port is bound. */
    void startAndWait() {
        start();
        try {
            started.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The fake gateway did not start", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The fake gateway did not start within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the fake gateway", e);
        }
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
            ClientHandshake request) throws InvalidDataException {
        Map<String, String> query = query(request.getResourceDescriptor());
        String encoding = query.getOrDefault("encoding", "json");
        String compress = query.getOrDefault("compress", "");
        if (!encoding.equals("json")) {
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "The fake speaks encoding=json only");
        }
        if (!compress.isEmpty() && !compress.equals("zlib-stream")) {
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "The fake compresses with zlib-stream only");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onStart() {
        started.complete(null);
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        boolean zlib = "zlib-stream".equals(query(handshake.getResourceDescriptor()).get("compress"));
        GatewayConnection connection = new GatewayConnection(gateway.nextConnectionId(), socket, zlib);
        socket.setAttachment(connection);
        gateway.opened(connection);
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        GatewayConnection connection = socket.getAttachment();
        if (connection != null) {
            gateway.received(connection, message);
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        GatewayConnection connection = socket.getAttachment();
        if (connection != null) {
            gateway.receivedBinary(connection);
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        GatewayConnection connection = socket.getAttachment();
        if (connection != null) {
            gateway.closed(connection, code, reason, remote);
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        if (socket == null) {
            started.completeExceptionally(error);
            LOG.error("The fake gateway failed", error);
        } else {
            LOG.debug("Error on gateway connection {}", socket.<GatewayConnection>getAttachment(), error);
        }
    }

    private static Map<String, String> query(String resourceDescriptor) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(resourceDescriptor).getRawQuery();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            } else if (!pair.isEmpty()) {
                params.put(pair, "");
            }
        }
        return params;
    }
}
