package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeUser;
import dev.cogbot.discordfake.model.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The REST endpoints the fake implements, each a few lines over {@link WorldState}, {@link Payloads}
 * and {@link Chat}. {@link #routes()} lists them; anything else is answered 404 and recorded as unknown.
 */
final class RestEndpoints {

    /** Discord's limit on message content. */
    private static final int MAX_CONTENT_LENGTH = 2000;

    private final WorldState world;
    private final Payloads payloads;
    private final Chat chat;
    private final Supplier<String> gatewayUrl;
    private final Supplier<String> restBaseUrl;

    RestEndpoints(WorldState world, Payloads payloads, Chat chat, Supplier<String> gatewayUrl,
            Supplier<String> restBaseUrl) {
        this.world = world;
        this.payloads = payloads;
        this.chat = chat;
        this.gatewayUrl = gatewayUrl;
        this.restBaseUrl = restBaseUrl;
    }

    RestRouter routes() {
        return new RestRouter()
                .addPublic("GET", "gateway", r -> RestResponse.ok(Json.object().put("url", gatewayUrl.get())))
                .add("GET", "gateway/bot", r -> gatewayBot())
                .add("GET", "users/@me", r -> RestResponse.ok(payloads.selfUser()))
                .add("GET", "users/{user_id}", this::getUser)
                .add("POST", "users/@me/channels", this::openDm)
                .add("GET", "oauth2/applications/@me", r -> RestResponse.ok(payloads.application()))
                .add("GET", "applications/@me", r -> RestResponse.ok(payloads.application()))
                .add("GET", "guilds/{guild_id}/members/{user_id}", this::getMember)
                .add("GET", "channels/{channel_id}", r -> withChannel(r, c -> RestResponse.ok(payloads.channel(c))))
                .add("POST", "channels/{channel_id}/typing", r -> withChannel(r, this::typing))
                .add("GET", "channels/{channel_id}/messages", r -> withChannel(r, c -> history(r, c)))
                .add("POST", "channels/{channel_id}/messages", r -> withChannel(r, c -> sendMessage(r, c)))
                .add("GET", "channels/{channel_id}/messages/{message_id}",
                        r -> withMessage(r, (c, m) -> RestResponse.ok(payloads.message(m, false))))
                .add("PATCH", "channels/{channel_id}/messages/{message_id}",
                        r -> withMessage(r, (c, m) -> editMessage(r, c, m)))
                .add("DELETE", "channels/{channel_id}/messages/{message_id}",
                        r -> withMessage(r, (c, m) -> deleteMessage(c, m)))
                .add("GET", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}",
                        r -> withMessage(r, (c, m) -> reactors(r, m)))
                .add("PUT", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                        r -> withMessage(r, (c, m) -> react(r, c, m, true)))
                .add("DELETE", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                        r -> withMessage(r, (c, m) -> react(r, c, m, false)));
    }

    private RestResponse gatewayBot() {
        FakeDiscordConfig config = world.config();
        ObjectNode json = Json.object().put("url", gatewayUrl.get()).put("shards", config.recommendedShards());
        json.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 14_400_000)
                .put("max_concurrency", config.maxConcurrency());
        return RestResponse.ok(json);
    }

    private RestResponse getUser(RestRequest request) {
        return world.user(request.idParam("user_id"))
                .map(u -> RestResponse.ok(payloads.user(u)))
                .orElseGet(() -> RestResponse.error(404, 10013, "Unknown User"));
    }

    private RestResponse getMember(RestRequest request) {
        long guildId = request.idParam("guild_id");
        if (world.config().guild(guildId).isEmpty()) {
            return RestResponse.error(404, 10004, "Unknown Guild");
        }
        ObjectNode member = payloads.memberOf(guildId, request.idParam("user_id"), true);
        return member == null ? RestResponse.error(404, 10007, "Unknown Member") : RestResponse.ok(member);
    }

    private RestResponse openDm(RestRequest request) {
        Optional<FakeUser> recipient = world.user(Json.snowflake(request.json().path("recipient_id")));
        if (recipient.isEmpty() || recipient.get().id() == world.config().bot().id()) {
            return RestResponse.error(400, 50033, "Invalid Recipient(s)");
        }
        return RestResponse.ok(payloads.dmChannel(world.dmWith(recipient.get())));
    }

    private RestResponse typing(ChannelRef channel) {
        chat.typing(channel, world.config().bot().id());
        return RestResponse.noContent();
    }

    private RestResponse history(RestRequest request, ChannelRef channel) {
        int limit = Math.clamp(request.queryParam("limit").map(Integer::parseInt).orElse(50), 1, 100);
        long before = request.queryParam("before").map(Long::parseUnsignedLong).orElse(Long.MAX_VALUE);
        long after = request.queryParam("after").map(Long::parseUnsignedLong).orElse(0L);
        List<StoredMessage> newestFirst = new ArrayList<>(world.messages(channel.id()));
        java.util.Collections.reverse(newestFirst);
        ArrayNode page = Json.array();
        for (StoredMessage m : newestFirst) {
            long id = m.message().id();
            if (id < before && id > after && page.size() < limit) {
                page.add(payloads.message(m, false));
            }
        }
        return RestResponse.ok(page);
    }

    private RestResponse sendMessage(RestRequest request, ChannelRef channel) {
        JsonNode body = request.json();
        String content = body.path("content").asText("");
        String embeds = Payloads.embedsText(body);
        String components = Payloads.arrayText(body, "components");
        boolean hasStickers = body.path("sticker_ids").isArray() && !body.path("sticker_ids").isEmpty();
        if (content.isEmpty() && embeds.equals("[]") && components.equals("[]") && request.files().isEmpty()
                && !hasStickers && !body.path("poll").isObject()) {
            return RestResponse.error(400, 50006, "Cannot send an empty message");
        }
        if (content.codePointCount(0, content.length()) > MAX_CONTENT_LENGTH) {
            return RestResponse.error(400, 50035, "Invalid Form Body");
        }
        Optional<RestResponse> badComponents = Components.check(body.path("components"), List.of("components"));
        if (badComponents.isPresent()) {
            return badComponents.get();
        }
        long replyTo = Json.snowflake(body.path("message_reference").path("message_id"));
        if (replyTo != 0 && world.message(channel.id(), replyTo).isEmpty()
                && body.path("message_reference").path("fail_if_not_exists").asBoolean(true)) {
            return RestResponse.error(400, 50035, "Invalid Form Body");
        }
        String nonce = body.path("nonce").isValueNode() && !body.path("nonce").isNull()
                ? body.path("nonce").asText() : null;
        String allowedMentions = body.path("allowed_mentions").isObject() ? Json.write(body.path("allowed_mentions")) : "";
        StoredMessage stored = chat.post(channel, world.config().bot().id(), content, replyTo, embeds, components,
                attachments(request), nonce, allowedMentions);
        ObjectNode json = payloads.message(stored, false);
        if (nonce != null) {
            json.put("nonce", nonce);
        }
        return RestResponse.ok(json);
    }

    private String attachments(RestRequest request) {
        ArrayNode array = Json.array();
        for (Multipart.FilePart file : request.files()) {
            long id = world.newId();
            String url = restBaseUrl.get() + "attachments/" + Json.id(id) + "/" + file.filename();
            array.addObject()
                    .put("id", Json.id(id))
                    .put("filename", file.filename())
                    .put("size", file.size())
                    .put("url", url)
                    .put("proxy_url", url)
                    .put("content_type", file.contentType());
        }
        return Json.write(array);
    }

    private RestResponse editMessage(RestRequest request, ChannelRef channel, StoredMessage message) {
        if (message.message().authorId() != world.config().bot().id()) {
            return RestResponse.error(403, 50005, "Cannot edit a message authored by another user");
        }
        JsonNode body = request.json();
        String content = body.has("content") ? body.path("content").asText("") : null;
        String embeds = body.has("embeds") ? Payloads.embedsText(body) : null;
        Optional<RestResponse> badComponents = Components.check(body.path("components"), List.of("components"));
        if (badComponents.isPresent()) {
            return badComponents.get();
        }
        String components = body.has("components") ? Payloads.arrayText(body, "components") : null;
        return chat.edit(channel, message.message().id(), new MessageEdit(content, embeds, components))
                .map(m -> RestResponse.ok(payloads.message(m, false)))
                .orElseGet(() -> RestResponse.error(404, 10008, "Unknown Message"));
    }

    /**
     * Deletes a message: the bot's own anywhere; someone else's only with Manage Messages in that
     * channel (403 Missing Permissions otherwise), and never in a DM (403 Cannot execute action on a
     * DM channel), as Discord answers.
     */
    private RestResponse deleteMessage(ChannelRef channel, StoredMessage message) {
        long botId = world.config().bot().id();
        if (message.message().authorId() != botId) {
            if (channel.isDm()) {
                return RestResponse.error(403, 50003, "Cannot execute action on a DM channel");
            }
            FakeGuild guild = world.guild(channel.guildId()).orElseThrow();
            if ((ChannelPermissions.inChannel(guild, channel.guildChannel(), botId) & Permissions.MANAGE_MESSAGES) == 0) {
                return RestResponse.error(403, 50013, "Missing Permissions");
            }
        }
        chat.deleteByBot(channel, message.message().id());
        return RestResponse.noContent();
    }

    private RestResponse react(RestRequest request, ChannelRef channel, StoredMessage message, boolean add) {
        String emoji = request.param("emoji");
        if (emoji.isBlank()) {
            return RestResponse.error(400, 10014, "Unknown Emoji");
        }
        chat.react(channel, message.message(), emoji, world.config().bot().id(), add);
        return RestResponse.noContent();
    }

    /**
     * {@code GET .../reactions/{emoji}}: the users who reacted so, by id, {@code limit}
     * (1 to 100, default 25) of them after the user id {@code after}, as Discord documents.
     */
    private RestResponse reactors(RestRequest request, StoredMessage message) {
        String emoji = ReactionEmoji.key(request.param("emoji"));
        int limit;
        try {
            limit = request.queryParam("limit").map(Integer::parseInt).orElse(25);
        } catch (NumberFormatException e) {
            return RestResponse.error(400, 50035, "Invalid Form Body");
        }
        if (limit < 1 || limit > 100) {
            return RestResponse.error(400, 50035, "Invalid Form Body");
        }
        long after = request.queryParam("after").map(Long::parseUnsignedLong).orElse(0L);
        List<Long> userIds = world.reactionsOn(message.message().id()).get(emoji);
        if (userIds == null && !Payloads.emoji(emoji).path("id").isNull()) {
            return RestResponse.error(404, 10014, "Unknown Emoji");
        }
        List<Long> byId = new ArrayList<>(userIds == null ? List.of() : userIds);
        byId.sort(Long::compareUnsigned);
        ArrayNode users = Json.array();
        for (long userId : byId) {
            if (Long.compareUnsigned(userId, after) > 0 && users.size() < limit) {
                world.user(userId).ifPresent(u -> users.add(payloads.user(u)));
            }
        }
        return RestResponse.ok(users);
    }

    // --- lookups shared by the endpoints ---------------------------------------------------------

    private interface ChannelEndpoint {
        RestResponse handle(ChannelRef channel);
    }

    private interface MessageEndpoint {
        RestResponse handle(ChannelRef channel, StoredMessage message);
    }

    private RestResponse withChannel(RestRequest request, ChannelEndpoint endpoint) {
        return world.channel(request.idParam("channel_id"))
                .map(endpoint::handle)
                .orElseGet(() -> RestResponse.error(404, 10003, "Unknown Channel"));
    }

    private RestResponse withMessage(RestRequest request, MessageEndpoint endpoint) {
        return withChannel(request, channel -> world.message(channel.id(), request.idParam("message_id"))
                .map(message -> endpoint.handle(channel, message))
                .orElseGet(() -> RestResponse.error(404, 10008, "Unknown Message")));
    }
}
