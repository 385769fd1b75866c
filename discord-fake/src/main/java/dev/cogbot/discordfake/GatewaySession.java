package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.Recorded.Dispatch.Delivery;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A gateway session: what IDENTIFY starts and RESUME continues. It numbers its dispatches, keeps them
 * for replay, filters them by the session's intents, and sends them on its connection while it has one.
 * Which guilds' dispatches reach it at all is decided by its {@link Shard} (see {@link Gateway#dispatch}).
 * All state changes happen under its monitor, so sequence numbers leave in order.
 */
final class GatewaySession {

    /** How many dispatches a session keeps for RESUME. */
    private static final int HISTORY_LIMIT = 10_000;

    private final String id;
    private final int intents;
    private final Shard shard;
    private final long botId;
    private final Recorder recorder;
    private final Clock clock;
    private final ObjectNode resumedD;
    private final Deque<ObjectNode> history = new ArrayDeque<>();
    private int seq;
    private GatewayConnection connection;
    private boolean invalidated;

    /**
     * @param resumedD the {@code d} of the RESUMED dispatch (an object)
     */
    GatewaySession(String id, int intents, Shard shard, long botId, ObjectNode resumedD, Recorder recorder,
            Clock clock) {
        this.id = id;
        this.resumedD = resumedD;
        this.intents = intents;
        this.shard = shard;
        this.botId = botId;
        this.recorder = recorder;
        this.clock = clock;
    }

    String id() {
        return id;
    }

    int intents() {
        return intents;
    }

    Shard shard() {
        return shard;
    }

    synchronized boolean isInvalidated() {
        return invalidated;
    }

    synchronized void attach(GatewayConnection connection) {
        this.connection = connection;
    }

    /** Forgets {@code closed} if it is this session's connection; later dispatches wait for a RESUME. */
    synchronized void detach(GatewayConnection closed) {
        if (connection == closed) {
            connection = null;
        }
    }

    /** Forgets the connection, whichever it is, and returns it. */
    synchronized GatewayConnection detach() {
        GatewayConnection current = connection;
        connection = null;
        return current;
    }

    /** No RESUME of this session will be accepted any more; returns the connection it had. */
    synchronized GatewayConnection invalidate() {
        invalidated = true;
        return detach();
    }

    /** Sends (or queues) a dispatch if the session's intents cover it. */
    synchronized void dispatch(String type, ObjectNode d) {
        if (invalidated) {
            return;
        }
        int required = Intents.required(type, d);
        if (required != 0 && (intents & required) == 0) {
            return;
        }
        ObjectNode payload = Json.object().put("op", 0).put("s", ++seq).put("t", type);
        payload.set("d", Intents.visibleTo(intents, botId, type, d));
        history.addLast(payload);
        if (history.size() > HISTORY_LIMIT) {
            history.removeFirst();
        }
        boolean sent = connection != null && connection.send(payload);
        record(payload, sent ? Delivery.LIVE : Delivery.QUEUED);
    }

    /**
     * The outcome of a RESUME.
     *
     * @param accepted whether the session resumed
     * @param replaced the connection the session had before, still to be closed (outside the session's
     *                 monitor: closing takes the socket's lock, which the socket's own close callback holds
     *                 while it detaches from this session)
     */
    record Resumed(boolean accepted, GatewayConnection replaced) {
    }

    /**
     * Takes over {@code resumed}, replays what came after {@code lastSeq}, then sends RESUMED. Refused when
     * {@code lastSeq} is ahead of the session or older than what it keeps.
     */
    synchronized Resumed resume(GatewayConnection resumed, int lastSeq) {
        boolean tooOld = !history.isEmpty() && lastSeq < history.getFirst().path("s").asInt() - 1;
        if (invalidated || lastSeq > seq || tooOld) {
            return new Resumed(false, null);
        }
        GatewayConnection previous = connection;
        connection = resumed;
        for (ObjectNode payload : history) {
            if (payload.path("s").asInt() > lastSeq) {
                resumed.send(payload);
                record(payload, Delivery.REPLAYED);
            }
        }
        ObjectNode resumedPayload = Json.object().put("op", 0).put("s", ++seq).put("t", "RESUMED");
        resumedPayload.set("d", resumedD);
        history.addLast(resumedPayload);
        record(resumedPayload, resumed.send(resumedPayload) ? Delivery.LIVE : Delivery.QUEUED);
        return new Resumed(true, previous == resumed ? null : previous);
    }

    private void record(ObjectNode payload, Delivery delivery) {
        recorder.record(new Recorded.Dispatch(clock.instant(), id, payload.path("s").asInt(),
                payload.path("t").asText(), delivery, Json.write(payload), shard));
    }
}
