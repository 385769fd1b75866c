package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something the fake saw or did, in the order it happened. All of them are immutable: JSON is kept
 * as text and parsed afresh by {@code json()}.
 */
public sealed interface Recorded {

    /** When it was recorded. */
    Instant at();

    /**
     * An HTTP request to the REST API, answered or not.
     *
     * @param method     HTTP method
     * @param path       the path below {@code /api/v10/}, segments URL-decoded ({@code channels/1/messages})
     * @param query      the raw query string, or {@code ""}
     * @param headers    request headers, names in lower case, without {@code authorization}
     * @param body       the request body as text (for multipart requests, the {@code payload_json} part);
     *                   {@code ""} without one
     * @param status     the status the fake answered with
     * @param routeKnown false when the fake has no such endpoint (it answered 404 or 405): something JDA
     *                   needs that the fake lacks
     */
    record RestCall(Instant at, String method, String path, String query, Map<String, List<String>> headers,
            String body, int status, boolean routeKnown) implements Recorded {

        public RestCall {
            headers = Map.copyOf(headers);
        }

        /** The body parsed as JSON, or a missing node without a JSON body. */
        public JsonNode json() {
            return Json.parseOrMissing(body);
        }

        /** Whether this is {@code method} on a path fitting {@code template} (see {@link RouteMatcher#route}). */
        public boolean is(String method, String template) {
            return RouteMatcher.route(method, template).matches(this.method, path);
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status
                    + (routeKnown ? "" : " (unknown to the fake)");
        }
    }

    /**
     * A gateway payload a client sent. Tokens in IDENTIFY and RESUME are replaced by {@code "<redacted>"}.
     *
     * @param connectionId which connection (they are numbered from 1)
     * @param op           the op code: 1 heartbeat, 2 identify, 3 presence update, 6 resume, 8 request members, ...
     * @param json         the whole payload
     */
    record GatewayOp(Instant at, int connectionId, int op, String json) implements Recorded {

        public JsonNode payload() {
            return Json.parseOrMissing(json);
        }

        /** The payload's {@code d}. */
        public JsonNode d() {
            return payload().path("d");
        }

        @Override
        public String toString() {
            return "gateway op " + op + " on connection " + connectionId;
        }
    }

    /**
     * A dispatch (op 0) the fake sent to a session, queued for it while it had no connection, or replayed
     * to it on RESUME.
     *
     * @param sessionId the session
     * @param seq       its sequence number in that session
     * @param type      the event name ({@code READY}, {@code MESSAGE_CREATE}, ...)
     * @param delivery  how it went out
     * @param json      the whole payload
     * @param shard     the session's shard ({@link Shard#UNSHARDED} when it identified without one)
     */
    record Dispatch(Instant at, String sessionId, int seq, String type, Delivery delivery, String json, Shard shard)
            implements Recorded {

        public enum Delivery {
            /** Sent on the session's open connection. */
            LIVE,
            /** The session had no connection; it is kept for a RESUME. */
            QUEUED,
            /** Sent again after a RESUME. */
            REPLAYED
        }

        public JsonNode d() {
            return Json.parseOrMissing(json).path("d");
        }

        @Override
        public String toString() {
            return type + " #" + seq + " " + delivery + (shard.equals(Shard.UNSHARDED) ? "" : " to " + shard);
        }
    }

    /**
     * A gateway connection opened or closed.
     *
     * @param connectionId the connection
     * @param open         true when it opened
     * @param closeCode    the close code when it closed (1006 when the TCP connection just ended), else 0
     * @param reason       the close reason, or {@code ""}
     * @param byClient     whether the client closed it
     */
    record Connection(Instant at, int connectionId, boolean open, int closeCode, String reason, boolean byClient)
            implements Recorded {
    }

    /**
     * A gateway session began, resumed, or was refused.
     *
     * @param connectionId the connection it happened on
     * @param sessionId    the session, or {@code ""} when refused before one existed
     * @param kind         what happened
     * @param intents      the intents the session identified with
     * @param shard        the session's shard; {@link Shard#UNSHARDED} when it identified without one, or
     *                     when refused before one existed
     */
    record Session(Instant at, int connectionId, String sessionId, Kind kind, int intents, Shard shard)
            implements Recorded {

        public enum Kind {
            IDENTIFIED,
            RESUMED,
            /** A RESUME for an unknown or invalidated session: the fake answered op 9. */
            RESUME_REFUSED,
            /** A wrong token at IDENTIFY or RESUME: the fake closed with 4004. */
            AUTHENTICATION_FAILED,
            /** An IDENTIFY whose {@code shard} is not {@code [id, total]} with {@code 0 <= id < total}: closed with 4010. */
            INVALID_SHARD,
            /** The test invalidated the session. */
            INVALIDATED,
            /**
             * An IDENTIFY within 5 s of the last one of its bucket ({@code shard_id % max_concurrency}),
             * with {@link FakeDiscordConfig#identifyRateLimit()} on: the fake answered op 9, as Discord.
             */
            IDENTIFY_RATE_LIMITED
        }

        @Override
        public String toString() {
            return "session " + (sessionId.isEmpty() ? "-" : sessionId) + " " + kind + " on connection "
                    + connectionId + (shard.equals(Shard.UNSHARDED) ? "" : " as " + shard);
        }
    }

    /**
     * The bot created a message over REST.
     *
     * @param channelId where
     * @param messageId its new id
     * @param content         its content as sent
     * @param allowedMentions the request's {@code allowed_mentions} as JSON text, {@code ""} when it had none
     * @param embeds          the request's {@code embeds} as JSON text, {@code "[]"} without
     * @param replyToMessageId the message its {@code message_reference} names, or 0
     */
    record MessageSent(Instant at, long channelId, long messageId, String content, String allowedMentions,
            String embeds, long replyToMessageId) implements Recorded {

        /** A message with no embeds that replies to nothing. */
        public MessageSent(Instant at, long channelId, long messageId, String content, String allowedMentions) {
            this(at, channelId, messageId, content, allowedMentions, "[]", 0);
        }

        /** The request's {@code embeds}, an empty array without. */
        public JsonNode embedsJson() {
            return Json.parseOrMissing(embeds);
        }

        /** The request's {@code allowed_mentions}, or a missing node when it sent none. */
        public JsonNode allowedMentionsJson() {
            return Json.parseOrMissing(allowedMentions);
        }

        /**
         * Whether the message pinged a whole server: its content has {@code @everyone} or {@code @here},
         * and its {@code allowed_mentions} let those ping. As Discord documents, without
         * {@code allowed_mentions} every mention in the content pings; with it, {@code @everyone} and
         * {@code @here} ping only if its {@code parse} lists {@code "everyone"}.
         */
        public boolean pingedEveryone() {
            if (!content.contains("@everyone") && !content.contains("@here")) {
                return false;
            }
            JsonNode allowed = allowedMentionsJson();
            if (!allowed.isObject()) {
                return true;
            }
            for (JsonNode kind : allowed.path("parse")) {
                if (kind.asText().equals("everyone")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The bot edited one of its messages over REST.
     *
     * @param content the content after the edit
     * @param embeds  the embeds after the edit, as JSON text
     */
    record MessageEdited(Instant at, long channelId, long messageId, String content, String embeds)
            implements Recorded {

        public JsonNode embedsJson() {
            return Json.parseOrMissing(embeds);
        }
    }

    /**
     * The bot deleted a message over REST: its own, or another user's.
     *
     * @param authorId who had written it
     */
    record MessageDeleted(Instant at, long channelId, long messageId, long authorId) implements Recorded {
    }

    /**
     * A reaction was added or removed (by the bot over REST, or by a user through a test control).
     */
    record ReactionChange(Instant at, long channelId, long messageId, String emoji, long userId, boolean added)
            implements Recorded {
    }

    /** The bot triggered the typing indicator in a channel. */
    record TypingStarted(Instant at, long channelId, long userId) implements Recorded {
    }

    /**
     * The bot's presence as sent on one gateway session (op 3, or the presence inside IDENTIFY). A sharded
     * bot sends its presence on every shard.
     *
     * @param presence  what it sent
     * @param sessionId the session it came on
     * @param shard     that session's shard
     */
    record PresenceUpdate(Instant at, Presence presence, String sessionId, Shard shard) implements Recorded {
    }

    /**
     * The bot's callback to an interaction ({@code POST interactions/{id}/{token}/callback}), accepted or not.
     *
     * @param interactionId the interaction
     * @param type          the callback type: 4 message, 5 deferred message, 6 deferred update, 7 update
     *                      message, 8 autocomplete choices, 9 modal
     * @param data          the callback's {@code data} as JSON text, {@code ""} without
     * @param status        what the fake answered: 200 or 204 when accepted, 400 when already acknowledged
     *                      (code 40060), 404 when too late (code 10062)
     */
    record InteractionCallback(Instant at, long interactionId, int type, String data, int status)
            implements Recorded {

        public JsonNode dataJson() {
            return Json.parseOrMissing(data);
        }

        public boolean accepted() {
            return status < 300;
        }
    }

    /**
     * A message of an interaction's answer was created, edited or deleted: the original response (by a
     * callback or an edit of {@code @original}) or a follow-up.
     *
     * @param interactionId the interaction
     * @param kind          what happened
     * @param channelId     the interaction's channel
     * @param messageId     the message
     * @param content       its content now ({@code ""} when deleted)
     * @param flags         its flags: EPHEMERAL {@code 1 << 6}, LOADING {@code 1 << 7} (a deferral's "thinking")
     * @param embeds        its embeds as JSON text
     * @param components    its components as JSON text
     */
    record InteractionMessage(Instant at, long interactionId, Kind kind, long channelId, long messageId,
            String content, int flags, String embeds, String components) implements Recorded {

        public enum Kind {
            /** The response made by a callback of type 4 or 5. */
            ORIGINAL,
            /** A follow-up message ({@code POST webhooks/{app}/{token}}). */
            FOLLOW_UP,
            /** The original or a follow-up edited (a type 7 callback edits the component's message). */
            EDITED,
            DELETED
        }

        public boolean ephemeral() {
            return (flags & MessageOrigin.EPHEMERAL) != 0;
        }

        /** Whether it is still a deferral's "thinking" message. */
        public boolean loading() {
            return (flags & MessageOrigin.LOADING) != 0;
        }

        public JsonNode embedsJson() {
            return Json.parseOrMissing(embeds);
        }

        public JsonNode componentsJson() {
            return Json.parseOrMissing(components);
        }
    }
}
