package dev.cogbot.discordfake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.Recorded.Session.Kind;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway protocol: HELLO on connect, IDENTIFY → READY + GUILD_CREATE, heartbeats, presence updates,
 * RESUME with replay, member requests, and the test controls that break connections. Transport details
 * (WebSocket, compression) live in {@link GatewayServer} and {@link GatewayConnection}.
 */
final class Gateway {

    static final int OP_HEARTBEAT = 1;
    static final int OP_IDENTIFY = 2;
    static final int OP_PRESENCE_UPDATE = 3;
    static final int OP_VOICE_STATE_UPDATE = 4;
    static final int OP_RESUME = 6;
    static final int OP_REQUEST_GUILD_MEMBERS = 8;
    static final int OP_INVALID_SESSION = 9;
    static final int OP_HELLO = 10;
    static final int OP_HEARTBEAT_ACK = 11;
    static final int OP_REQUEST_SOUNDBOARD_SOUNDS = 31;

    /** Privileged intents and the application flags (full or limited) that allow them. */
    private static final Map<Integer, Long> PRIVILEGED = Map.of(
            Intents.GUILD_MEMBERS, (1L << 14) | (1L << 15),
            1 << 8, (1L << 12) | (1L << 13), // GUILD_PRESENCES
            Intents.MESSAGE_CONTENT, (1L << 18) | (1L << 19));

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FakeDiscordConfig config;
    private final Dispatches dispatches;
    private final Recorder recorder;
    private final Clock clock;
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final Map<Integer, GatewayConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
    private final Object resumeGate = new Object();
    private boolean holdingResumes;
    private final List<Runnable> heldResumes = new ArrayList<>();
    private volatile String url;

    Gateway(FakeDiscordConfig config, Dispatches dispatches, Recorder recorder, Clock clock) {
        this.config = config;
        this.dispatches = dispatches;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The URL clients connect (and resume) to; set once the server is bound. */
    void url(String url) {
        this.url = url;
    }

    int nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    // --- transport callbacks -------------------------------------------------------------------

    void opened(GatewayConnection connection) {
        connections.put(connection.id(), connection);
        recorder.record(new Recorded.Connection(clock.instant(), connection.id(), true, 0, "", false));
        ObjectNode hello = Json.object().put("op", OP_HELLO).putNull("s").putNull("t");
        hello.putObject("d")
                .put("heartbeat_interval", config.heartbeatInterval().toMillis())
                .putArray("_trace").add(Dispatches.TRACE);
        connection.send(hello);
    }

    void closed(GatewayConnection connection, int code, String reason, boolean byClient) {
        connections.remove(connection.id());
        GatewaySession session = connection.session();
        if (session != null) {
            session.detach(connection);
        }
        connection.released();
        recorder.record(new Recorded.Connection(clock.instant(), connection.id(), false, code,
                reason == null ? "" : reason, byClient));
    }

    void receivedBinary(GatewayConnection connection) {
        connection.close(4002, "The fake speaks encoding=json only.");
    }

    void received(GatewayConnection connection, String text) {
        JsonNode payload;
        try {
            payload = Json.parse(text);
        } catch (JsonProcessingException e) {
            connection.close(4002, "Error while decoding payload.");
            return;
        }
        int op = payload.path("op").asInt(-1);
        recorder.record(new Recorded.GatewayOp(clock.instant(), connection.id(), op, redacted(payload)));
        JsonNode d = payload.path("d");
        switch (op) {
            case OP_HEARTBEAT -> connection.send(Json.object().put("op", OP_HEARTBEAT_ACK).putNull("s")
                    .putNull("t").putNull("d"));
            case OP_IDENTIFY -> identify(connection, d);
            case OP_RESUME -> resumeOrHold(connection, d);
            case OP_PRESENCE_UPDATE -> whenIdentified(connection, () -> recordPresence(d));
            case OP_REQUEST_GUILD_MEMBERS -> whenIdentified(connection, () -> requestMembers(connection, d));
            case OP_VOICE_STATE_UPDATE, OP_REQUEST_SOUNDBOARD_SOUNDS -> whenIdentified(connection, () -> { });
            default -> connection.close(4001, "Unknown opcode.");
        }
    }

    // --- ops -----------------------------------------------------------------------------------

    private void identify(GatewayConnection connection, JsonNode d) {
        if (connection.session() != null) {
            connection.close(4005, "Already authenticated.");
            return;
        }
        if (!tokenMatches(d.path("token"))) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), "", Kind.AUTHENTICATION_FAILED, 0));
            connection.close(4004, "Authentication failed.");
            return;
        }
        if (!d.path("intents").isIntegralNumber()) {
            connection.close(4013, "Invalid intent(s).");
            return;
        }
        int intents = d.path("intents").asInt();
        for (Map.Entry<Integer, Long> privileged : PRIVILEGED.entrySet()) {
            if ((intents & privileged.getKey()) != 0 && (config.application().flags() & privileged.getValue()) == 0) {
                connection.close(4014, "Disallowed intent(s).");
                return;
            }
        }
        String sessionId = HexFormat.of().formatHex(randomBytes(16));
        GatewaySession session = new GatewaySession(sessionId, intents, config.bot().id(), dispatches.resumed(),
                recorder, clock);
        sessions.put(sessionId, session);
        connection.session(session);
        session.attach(connection);
        recorder.record(new Recorded.Session(clock.instant(), connection.id(), sessionId, Kind.IDENTIFIED, intents));
        if (d.path("presence").isObject()) {
            recordPresence(d.path("presence"));
        }
        session.dispatch("READY", dispatches.ready(sessionId, url, d.path("shard")));
        session.dispatch("GUILD_CREATE", dispatches.guildCreate());
        LOG.debug("{} identified as session {} with intents {}", connection, sessionId, intents);
    }

    private void resumeOrHold(GatewayConnection connection, JsonNode d) {
        synchronized (resumeGate) {
            if (holdingResumes) {
                heldResumes.add(() -> resume(connection, d));
                return;
            }
        }
        resume(connection, d);
    }

    private void resume(GatewayConnection connection, JsonNode d) {
        if (!connection.isOpen()) {
            return;
        }
        if (!tokenMatches(d.path("token"))) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), "", Kind.AUTHENTICATION_FAILED, 0));
            connection.close(4004, "Authentication failed.");
            return;
        }
        String sessionId = d.path("session_id").asText("");
        GatewaySession session = sessions.get(sessionId);
        GatewaySession.Resumed resumed = session == null ? new GatewaySession.Resumed(false, null)
                : session.resume(connection, d.path("seq").asInt(0));
        if (!resumed.accepted()) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), sessionId, Kind.RESUME_REFUSED, 0));
            connection.send(Json.object().put("op", OP_INVALID_SESSION).putNull("s").putNull("t").put("d", false));
            return;
        }
        connection.session(session);
        if (resumed.replaced() != null) {
            resumed.replaced().close(4000, "Resumed on another connection.");
        }
        recorder.record(new Recorded.Session(clock.instant(), connection.id(), sessionId, Kind.RESUMED,
                session.intents()));
    }

    private void recordPresence(JsonNode d) {
        List<Presence.Activity> activities = new ArrayList<>();
        for (JsonNode activity : d.path("activities")) {
            activities.add(new Presence.Activity(activity.path("name").asText(null), activity.path("type").asInt(0),
                    activity.path("state").asText(null), activity.path("url").asText(null)));
        }
        Presence presence = new Presence(d.path("status").asText("online"), d.path("afk").asBoolean(false),
                activities);
        recorder.record(new Recorded.PresenceUpdate(clock.instant(), presence));
    }

    private void requestMembers(GatewayConnection connection, JsonNode d) {
        List<FakeMember> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        if (d.path("user_ids").isArray() || d.path("user_ids").isTextual()) {
            List<JsonNode> ids = new ArrayList<>();
            if (d.path("user_ids").isArray()) {
                d.path("user_ids").forEach(ids::add);
            } else {
                ids.add(d.path("user_ids"));
            }
            for (JsonNode id : ids) {
                config.guild().member(Json.snowflake(id)).ifPresentOrElse(found::add, () -> notFound.add(id.asText()));
            }
        } else {
            String query = d.path("query").asText("").toLowerCase();
            int limit = d.path("limit").asInt(0);
            for (FakeMember member : config.guild().members()) {
                FakeUser user = config.user(member.userId()).orElseThrow();
                if (user.username().toLowerCase().startsWith(query) && (limit == 0 || found.size() < limit)) {
                    found.add(member);
                }
            }
        }
        String nonce = d.path("nonce").isTextual() ? d.path("nonce").asText() : null;
        connection.session().dispatch("GUILD_MEMBERS_CHUNK", dispatches.membersChunk(found, notFound, nonce));
    }

    private void whenIdentified(GatewayConnection connection, Runnable action) {
        if (connection.session() == null) {
            connection.close(4003, "Not authenticated.");
        } else {
            action.run();
        }
    }

    // --- what the fake's world and the tests do --------------------------------------------------

    /** Sends a dispatch to every session whose intents cover it (queued for those without a connection). */
    void dispatch(String type, ObjectNode d) {
        for (GatewaySession session : sessions.values()) {
            session.dispatch(type, d);
        }
    }

    /**
     * Breaks every open connection; sessions stay resumable and queue dispatches until resumed. Sessions
     * let go of their connection before this returns, so whatever is dispatched next is queued.
     *
     * @param closeCode a close code to send, or 0 to end the TCP connection without a close frame
     */
    void dropConnections(int closeCode) {
        for (GatewaySession session : sessions.values()) {
            session.detach();
        }
        for (GatewayConnection connection : List.copyOf(connections.values())) {
            if (closeCode == 0) {
                connection.drop();
            } else {
                connection.close(closeCode, "Dropped by the fake.");
            }
        }
    }

    /** Sends op 9 (not resumable) to every session and refuses to resume them. */
    void invalidateSessions() {
        for (GatewaySession session : sessions.values()) {
            if (session.isInvalidated()) {
                continue;
            }
            GatewayConnection connection = session.invalidate();
            recorder.record(new Recorded.Session(clock.instant(), connection == null ? 0 : connection.id(),
                    session.id(), Kind.INVALIDATED, session.intents()));
            if (connection != null) {
                connection.send(Json.object().put("op", OP_INVALID_SESSION).putNull("s").putNull("t").put("d", false));
            }
        }
    }

    void holdResumes() {
        synchronized (resumeGate) {
            holdingResumes = true;
        }
    }

    void releaseResumes() {
        List<Runnable> held;
        synchronized (resumeGate) {
            holdingResumes = false;
            held = List.copyOf(heldResumes);
            heldResumes.clear();
        }
        held.forEach(Runnable::run);
    }

    // --- helpers -------------------------------------------------------------------------------

    private boolean tokenMatches(JsonNode token) {
        String value = token.asText("");
        if (value.startsWith("Bot ")) {
            value = value.substring(4);
        }
        return value.equals(config.token());
    }

    private static String redacted(JsonNode payload) {
        if (payload.path("d").has("token") && payload.path("d").isObject()) {
            ObjectNode copy = payload.deepCopy();
            ((ObjectNode) copy.path("d")).put("token", "<redacted>");
            return Json.write(copy);
        }
        return Json.write(payload);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
