package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** A bare gateway client on the JDK's WebSocket, for testing the protocol without JDA. */
final class RawGatewayClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partialText = new StringBuilder();
    private final ByteArrayOutputStream partialBinary = new ByteArrayOutputStream();
    private final Inflater inflater = new Inflater();
    private WebSocket socket;

    static RawGatewayClient connect(String gatewayUrl, String query) {
        RawGatewayClient client = new RawGatewayClient();
        try {
            client.socket = client.http.newWebSocketBuilder()
                    .buildAsync(URI.create(gatewayUrl + "?" + query), client)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("could not connect to " + gatewayUrl, e);
        }
        return client;
    }

    static RawGatewayClient connect(String gatewayUrl) {
        return connect(gatewayUrl, "v=10&encoding=json");
    }

    /** The next payload from the server. */
    JsonNode next() {
        try {
            String text = received.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (text == null) {
                throw new AssertionError("no payload within " + TIMEOUT_SECONDS + " s");
            }
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next dispatch (op 0), skipping heartbeat acks. */
    JsonNode nextDispatch() {
        JsonNode payload = next();
        while (payload.path("op").asInt() == 11) {
            payload = next();
        }
        return payload;
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    void identify(String token, int intents) {
        send("{\"op\":2,\"d\":{\"token\":\"" + token + "\",\"intents\":" + intents
                + ",\"properties\":{\"os\":\"test\",\"browser\":\"raw\",\"device\":\"raw\"}}}");
    }

    /** The close code the server sent, waiting for it. */
    int awaitClose() {
        try {
            return closeCode.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partialText.append(data);
        if (last) {
            received.add(partialText.toString());
            partialText.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partialBinary.writeBytes(bytes);
        if (last) {
            received.add(inflate(partialBinary.toByteArray()));
            partialBinary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    /** zlib-stream: one inflater for the connection; every message ends with a sync flush. */
    private String inflate(byte[] compressed) {
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = inflater.inflate(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new AssertionError("not a zlib stream", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
        http.close();
        inflater.end();
    }
}
