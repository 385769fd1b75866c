package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;

/**
 * One client WebSocket connection: numbers it, compresses if asked, and serialises sends so frames
 * leave in the order payloads were written (the zlib stream depends on it).
 */
final class GatewayConnection {

    private final int id;
    private final WebSocket socket;
    private final ZlibStream zlib;
    private volatile GatewaySession session;
    private boolean released;

    GatewayConnection(int id, WebSocket socket, boolean zlibStream) {
        this.id = id;
        this.socket = socket;
        this.zlib = zlibStream ? new ZlibStream() : null;
    }

    int id() {
        return id;
    }

    GatewaySession session() {
        return session;
    }

    void session(GatewaySession session) {
        this.session = session;
    }

    boolean isOpen() {
        return socket.isOpen();
    }

    /** Sends {@code payload}; false when the connection is already gone. */
    synchronized boolean send(ObjectNode payload) {
        if (released || !socket.isOpen()) {
            return false;
        }
        try {
            String text = Json.write(payload);
            if (zlib != null) {
                socket.send(zlib.compress(text.getBytes(StandardCharsets.UTF_8)));
            } else {
                socket.send(text);
            }
            return true;
        } catch (WebsocketNotConnectedException e) {
            return false;
        }
    }

    /** Closes with a close frame carrying {@code code}. */
    void close(int code, String reason) {
        socket.close(code, reason);
    }

    /** Ends the TCP connection without a close frame, as a network failure would. */
    void drop() {
        socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the fake");
    }

    /** The connection has closed: frees the compressor; sends fail from now on. */
    synchronized void released() {
        released = true;
        if (zlib != null) {
            zlib.close();
        }
    }

    @Override
    public String toString() {
        return "connection " + id;
    }
}
