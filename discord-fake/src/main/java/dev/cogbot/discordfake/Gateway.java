package dev.cogbot.discordfake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.Recorded.Session.Kind;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway protocol: HELLO on connect, IDENTIFY → READY + GUILD_CREATE, heartbeats, presence updates,
 * RESUME with replay, member requests, and the test controls that break connections. Transport details
 * (WebSocket, compression) live in {@link GatewayServer} and {@link GatewayConnection}.
 *
 * <p>Sharding as Discord does it: IDENTIFY's {@code shard: [id, total]} (absent: {@code [0, 1]}) gives the
 * session the guilds with {@code (guild_id >> 22) % total == id}; READY lists only those, a GUILD_CREATE
 * follows for each, and every later dispatch about a guild goes only to the sessions whose shard owns
 * it. Dispatches without a guild (direct messages) go to shard 0.
 */
final class Gateway {

    static final int OP_HEARTBEAT = 1;
    static final int OP_IDENTIFY = 2;
    static final int OP_PRESENCE_UPDATE = 3;
    static final int OP_VOICE_STATE_UPDATE = 4;
    static final int OP_RESUME = 6;
    static final int OP_REQUEST_GUILD_MEMBERS = 8;
    /** The most members Discord sends for an op 8 query by name (or for a limit above it). */
    static final int MAX_QUERIED_MEMBERS = 100;
    static final int OP_INVALID_SESSION = 9;
    static final int OP_HELLO = 10;
    static final int OP_HEARTBEAT_ACK = 11;
    static final int OP_REQUEST_SOUNDBOARD_SOUNDS = 31;
    static final int CLOSE_INVALID_SHARD = 4010;

    /** Privileged intents and the application flags (full or limited) that allow them. */
    private static final Map<Integer, Long> PRIVILEGED = Map.of(
            Intents.GUILD_MEMBERS, (1L << 14) | (1L << 15),
            1 << 8, (1L << 12) | (1L << 13), // GUILD_PRESENCES
            Intents.MESSAGE_CONTENT, (1L << 18) | (1L << 19));

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FakeDiscordConfig config;
    /** The guilds as they are now, members included. */
    private final WorldState world;
    private final Dispatches dispatches;
    private final Recorder recorder;
    private final Clock clock;
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final Map<Integer, GatewayConnection> connections = new ConcurrentHashMap<>();
    private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
    private final ParkedRequests identifies = new ParkedRequests();
    private final ParkedRequests resumes = new ParkedRequests();
    private final IdentifyLimit identifyLimit;
    private volatile String url;

    /**
     * @param limitClock the clock Discord's login rate limit is measured on: the one tests move
     */
    Gateway(WorldState world, Dispatches dispatches, Recorder recorder, Clock clock, Clock limitClock) {
        this.world = world;
        this.config = world.config();
        this.dispatches = dispatches;
        this.recorder = recorder;
        this.clock = clock;
        this.identifyLimit = new IdentifyLimit(config.identifyRateLimit(), config.maxConcurrency(), limitClock);
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
            case OP_IDENTIFY -> identifies.handleOrPark(d, () -> identify(connection, d));
            case OP_RESUME -> resumes.handleOrPark(d, () -> resume(connection, d));
            case OP_PRESENCE_UPDATE -> whenIdentified(connection, () -> recordPresence(connection.session(), d));
            case OP_REQUEST_GUILD_MEMBERS -> whenIdentified(connection, () -> requestMembers(connection, d));
            case OP_VOICE_STATE_UPDATE, OP_REQUEST_SOUNDBOARD_SOUNDS -> whenIdentified(connection, () -> { });
            default -> connection.close(4001, "Unknown opcode.");
        }
    }

    // --- ops -----------------------------------------------------------------------------------

    private void identify(GatewayConnection connection, JsonNode d) {
        if (!connection.isOpen()) {
            return; // held until the client had gone: nobody to identify
        }
        if (connection.session() != null) {
            connection.close(4005, "Already authenticated.");
            return;
        }
        if (!tokenMatches(d.path("token"))) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), "", Kind.AUTHENTICATION_FAILED, 0,
                    Shard.UNSHARDED));
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
        Optional<Shard> requested = shard(d.path("shard"));
        if (requested.isEmpty()) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), "", Kind.INVALID_SHARD, intents,
                    Shard.UNSHARDED));
            connection.close(CLOSE_INVALID_SHARD, "Invalid shard.");
            return;
        }
        Shard shard = requested.get();
        if (!identifyLimit.admit(shard.id())) {
            // Discord's answer to an IDENTIFY over max_concurrency per 5 s: the session is not started
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), "", Kind.IDENTIFY_RATE_LIMITED,
                    intents, shard));
            connection.send(Json.object().put("op", OP_INVALID_SESSION).putNull("s").putNull("t").put("d", false));
            return;
        }
        String sessionId = HexFormat.of().formatHex(randomBytes(16));
        GatewaySession session = new GatewaySession(sessionId, intents, shard, config.bot().id(),
                dispatches.resumed(), recorder, clock);
        List<FakeGuild> guilds = world.guilds().stream().filter(g -> shard.owns(g.id())).toList();
        // under the session's monitor, so a dispatch from another thread waits until READY and the
        // GUILD_CREATEs are out and comes after them
        synchronized (session) {
            sessions.put(sessionId, session);
            connection.session(session);
            session.attach(connection);
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), sessionId, Kind.IDENTIFIED,
                    intents, shard));
            if (d.path("presence").isObject()) {
                recordPresence(session, d.path("presence"));
            }
            session.dispatch("READY", dispatches.ready(sessionId, url, d.path("shard"), guilds));
            for (FakeGuild guild : guilds) {
                session.dispatch("GUILD_CREATE", dispatches.guildCreate(guild));
            }
        }
        LOG.debug("{} identified as session {} ({}) with intents {}", connection, sessionId, shard, intents);
    }

    private void resume(GatewayConnection connection, JsonNode d) {
        if (!connection.isOpen()) {
            return;
        }
        if (!tokenMatches(d.path("token"))) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), "", Kind.AUTHENTICATION_FAILED, 0,
                    Shard.UNSHARDED));
            connection.close(4004, "Authentication failed.");
            return;
        }
        String sessionId = d.path("session_id").asText("");
        GatewaySession session = sessions.get(sessionId);
        GatewaySession.Resumed resumed = session == null ? new GatewaySession.Resumed(false, null)
                : session.resume(connection, d.path("seq").asInt(0));
        if (!resumed.accepted()) {
            recorder.record(new Recorded.Session(clock.instant(), connection.id(), sessionId, Kind.RESUME_REFUSED, 0,
                    session == null ? Shard.UNSHARDED : session.shard()));
            connection.send(Json.object().put("op", OP_INVALID_SESSION).putNull("s").putNull("t").put("d", false));
            return;
        }
        connection.session(session);
        if (resumed.replaced() != null) {
            resumed.replaced().close(4000, "Resumed on another connection.");
        }
        recorder.record(new Recorded.Session(clock.instant(), connection.id(), sessionId, Kind.RESUMED,
                session.intents(), session.shard()));
    }

    /**
     * IDENTIFY's {@code shard}: absent or null is shard 0 of 1; otherwise it must be {@code [id, total]}
     * with {@code 0 <= id < total}, or it is empty (Discord closes such a session with 4010).
     */
    private static Optional<Shard> shard(JsonNode shard) {
        if (shard.isMissingNode() || shard.isNull()) {
            return Optional.of(Shard.UNSHARDED);
        }
        if (!shard.isArray() || shard.size() != 2 || !shard.get(0).isIntegralNumber()
                || !shard.get(1).isIntegralNumber()) {
            return Optional.empty();
        }
        int id = shard.get(0).asInt();
        int total = shard.get(1).asInt();
        return total >= 1 && id >= 0 && id < total ? Optional.of(new Shard(id, total)) : Optional.empty();
    }

    private void recordPresence(GatewaySession session, JsonNode d) {
        List<Presence.Activity> activities = new ArrayList<>();
        for (JsonNode activity : d.path("activities")) {
            activities.add(new Presence.Activity(activity.path("name").asText(null), activity.path("type").asInt(0),
                    activity.path("state").asText(null), activity.path("url").asText(null)));
        }
        Presence presence = new Presence(d.path("status").asText("online"), d.path("afk").asBoolean(false),
                activities);
        recorder.record(new Recorded.PresenceUpdate(clock.instant(), presence, session.id(), session.shard()));
    }

    /**
     * Op 8: one GUILD_MEMBERS_CHUNK, for a guild of the session's shard (nothing for any other guild):
     * members by id, or by name prefix ({@code query}), which needs no privileged intent; the whole list
     * (an empty query) only for a session with GUILD_MEMBERS, and without it no answer, as Discord.
     */
    private void requestMembers(GatewayConnection connection, JsonNode d) {
        GatewaySession session = connection.session();
        long guildId = Json.snowflake(d.path("guild_id"));
        FakeGuild guild = world.guild(guildId).filter(g -> session.shard().owns(g.id())).orElse(null);
        if (guild == null) {
            LOG.debug("{} asked for the members of guild {}, which is not on its {}", connection, guildId,
                    session.shard());
            return;
        }
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
                guild.member(Json.snowflake(id)).ifPresentOrElse(found::add, () -> notFound.add(id.asText()));
            }
        } else {
            String query = d.path("query").asText("");
            if (query.isEmpty() && (session.intents() & Intents.GUILD_MEMBERS) == 0) {
                // Discord's rule: the whole member list needs the privileged intent; it sends nothing back
                LOG.debug("{} asked for all members of guild {} without the GUILD_MEMBERS intent", connection, guildId);
                return;
            }
            found.addAll(membersNamedLike(guild, query, d.path("limit").asInt(0)));
        }
        String nonce = d.path("nonce").isTextual() ? d.path("nonce").asText() : null;
        session.dispatch("GUILD_MEMBERS_CHUNK", dispatches.membersChunk(guild, found, notFound, nonce));
    }

    /**
     * The members an op 8 {@code query} finds, as Discord documents it: those whose username or
     * nickname starts with it, ignoring case, up to {@code limit}. An empty query with limit 0 is the
     * whole list; a name query sends at most {@value #MAX_QUERIED_MEMBERS}.
     */
    private List<FakeMember> membersNamedLike(FakeGuild guild, String query, int limit) {
        String prefix = query.toLowerCase(Locale.ROOT);
        int most = limit <= 0 ? Integer.MAX_VALUE : limit;
        if (!query.isEmpty()) {
            most = Math.min(most, MAX_QUERIED_MEMBERS);
        }
        List<FakeMember> found = new ArrayList<>();
        for (FakeMember member : guild.members()) {
            FakeUser user = config.user(member.userId()).orElseThrow();
            boolean named = user.username().toLowerCase(Locale.ROOT).startsWith(prefix)
                    || member.nick() != null && member.nick().toLowerCase(Locale.ROOT).startsWith(prefix);
            if (named && found.size() < most) {
                found.add(member);
            }
        }
        return found;
    }

    private void whenIdentified(GatewayConnection connection, Runnable action) {
        if (connection.session() == null) {
            connection.close(4003, "Not authenticated.");
        } else {
            action.run();
        }
    }

    // --- what the fake's world and the tests do --------------------------------------------------

    /**
     * Sends a dispatch to every session whose shard owns its {@code guild_id} (shard 0 when it has none,
     * as for direct messages) and whose intents cover it; queued for those without a connection.
     */
    void dispatch(String type, ObjectNode d) {
        // a guild's own dispatches name it by id, the others by guild_id
        long guildId = Json.snowflake(type.equals("GUILD_CREATE") || type.equals("GUILD_DELETE") ? d.path("id") : d.path("guild_id"));
        for (GatewaySession session : sessions.values()) {
            if (session.shard().owns(guildId)) {
                session.dispatch(type, d);
            }
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
                    session.id(), Kind.INVALIDATED, session.intents(), session.shard()));
            if (connection != null) {
                connection.send(Json.object().put("op", OP_INVALID_SESSION).putNull("s").putNull("t").put("d", false));
            }
        }
    }

    void holdResumes() {
        resumes.hold(d -> true);
    }

    void releaseResumes() {
        resumes.release();
    }

    /** Parks the IDENTIFYs of shard {@code shardId} (0 for a client that does not shard). */
    void holdIdentifies(int shardId) {
        identifies.hold(d -> shard(d.path("shard")).map(Shard::id).orElse(-1) == shardId);
    }

    void releaseIdentifies() {
        identifies.release();
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
