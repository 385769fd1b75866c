package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.Recorded.InteractionMessage.Kind;
import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Interactions as Discord runs them: the fake dispatches INTERACTION_CREATE; the bot answers once with a
 * callback within 3 seconds, then edits the original response and sends follow-ups through the
 * interaction's webhook for 15 minutes. Non-ephemeral answers are real messages of the channel
 * (MESSAGE_CREATE, with {@code interaction_metadata} and the application's {@code webhook_id});
 * ephemeral ones are seen only by the user, so they are kept here and not in the channel's history.
 */
final class Interactions {

    static final Duration CALLBACK_DEADLINE = Duration.ofSeconds(3);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    static final int MAX_CONTENT_LENGTH = 2000;
    static final int MAX_AUTOCOMPLETE_CHOICES = 25;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorldState world;
    private final Payloads payloads;
    private final InteractionPayloads interactionPayloads;
    private final Chat chat;
    private final Gateway gateway;
    private final Recorder recorder;
    private final Clock clock;
    private final Map<Long, Interaction> byId = new ConcurrentHashMap<>();
    private final Map<String, Interaction> byToken = new ConcurrentHashMap<>();
    /** Ephemeral messages by id: in no channel's history. */
    private final Map<Long, StoredMessage> ephemeral = new ConcurrentHashMap<>();

    Interactions(WorldState world, Payloads payloads, Chat chat, Gateway gateway, Recorder recorder, Clock clock) {
        this.world = world;
        this.payloads = payloads;
        this.interactionPayloads = new InteractionPayloads(world, payloads);
        this.chat = chat;
        this.gateway = gateway;
        this.recorder = recorder;
        this.clock = clock;
    }

    InteractionPayloads payloads() {
        return interactionPayloads;
    }

    /** Makes the interaction, then dispatches INTERACTION_CREATE (to the shard of its guild, or shard 0). */
    Interaction dispatch(int type, ChannelRef channel, long userId, String name, long componentMessageId,
            ObjectNode data, StoredMessage componentMessage) {
        long id = world.newId();
        byte[] secret = new byte[48];
        RANDOM.nextBytes(secret);
        String token = "aW50ZXJhY3Rpb24" + Json.id(id) + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ObjectNode d = interactionPayloads.envelope(id, token, type, channel, userId, data);
        if (componentMessage != null) {
            d.set("message", payloads.message(componentMessage, false));
        }
        Interaction interaction = new Interaction(id, token, type, channel, userId, clock.instant(), name,
                componentMessageId, Json.write(d));
        byId.put(id, interaction);
        byToken.put(token, interaction);
        gateway.dispatch("INTERACTION_CREATE", d);
        return interaction;
    }

    Optional<Interaction> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A message answering an interaction, in the channel or ephemeral. */
    Optional<StoredMessage> message(long channelId, long messageId) {
        Optional<StoredMessage> inChannel = world.message(channelId, messageId);
        return inChannel.isPresent() ? inChannel : Optional.ofNullable(ephemeral.get(messageId));
    }

    // --- POST interactions/{interaction_id}/{interaction_token}/callback --------------------------------

    RestResponse callback(RestRequest request) {
        JsonNode body = request.json();
        int type = body.path("type").asInt(0);
        JsonNode data = body.path("data");
        String dataText = data.isObject() ? Json.write(data) : "";
        Interaction interaction = byId.get(request.idParam("interaction_id"));
        RestResponse response;
        if (interaction == null || !interaction.token.equals(request.param("interaction_token"))) {
            response = RestResponse.error(404, 10062, "Unknown interaction");
        } else {
            response = callback(request, interaction, type, data, dataText);
        }
        recorder.record(new Recorded.InteractionCallback(clock.instant(), interaction == null ? 0 : interaction.id,
                type, dataText, response.status()));
        return response;
    }

    private RestResponse callback(RestRequest request, Interaction interaction, int type, JsonNode data,
            String dataText) {
        if (interaction.callbackType() != 0) {
            return RestResponse.error(400, 40060, "Interaction has already been acknowledged.");
        }
        if (clock.instant().isAfter(interaction.createdAt.plus(CALLBACK_DEADLINE))) {
            return RestResponse.error(404, 10062, "Unknown interaction");
        }
        Optional<RestResponse> invalid = checkCallback(interaction, type, data);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (!interaction.acknowledge(type, dataText)) {
            return RestResponse.error(400, 40060, "Interaction has already been acknowledged.");
        }
        StoredMessage message = switch (type) {
            case 4 -> createOriginal(interaction, data, false);
            case 5 -> createOriginal(interaction, data, true);
            case 6 -> {
                interaction.original(interaction.componentMessageId);
                yield null;
            }
            case 7 -> {
                interaction.original(interaction.componentMessageId);
                yield edit(interaction, interaction.componentMessageId, data).orElse(null);
            }
            default -> null; // 8 autocomplete choices, 9 modal: recorded, nothing to store
        };
        if (!request.queryParam("with_response").map("true"::equals).orElse(false)) {
            return RestResponse.noContent();
        }
        ObjectNode answer = Json.object();
        ObjectNode about = answer.putObject("interaction")
                .put("id", Json.id(interaction.id))
                .put("type", interaction.type);
        if (message != null) {
            about.put("response_message_id", Json.id(message.message().id()))
                    .put("response_message_loading", (message.origin().flags() & MessageOrigin.LOADING) != 0)
                    .put("response_message_ephemeral", message.origin().ephemeral());
            ObjectNode resource = answer.putObject("resource").put("type", type);
            resource.set("message", payloads.message(message, false));
        } else if (type == 9) {
            answer.putObject("resource").put("type", type);
        }
        return RestResponse.ok(answer);
    }

    /** Which callback types fit which interaction, and the body rules of each, as Discord documents them. */
    private Optional<RestResponse> checkCallback(Interaction interaction, int type, JsonNode data) {
        boolean fits = switch (interaction.type) {
            case Interaction.APPLICATION_COMMAND -> type == 4 || type == 5 || type == 9;
            case Interaction.MESSAGE_COMPONENT -> type == 4 || type == 5 || type == 6 || type == 7 || type == 9;
            case Interaction.AUTOCOMPLETE -> type == 8;
            default -> false;
        };
        if (!fits) {
            return Optional.of(FormErrors.single(List.of("type"), "INTERACTION_RESPONSE_TYPE_INVALID",
                    "Interaction response type " + type + " is not valid for interaction type " + interaction.type));
        }
        return switch (type) {
            case 4 -> checkMessage(data, List.of("data"), true);
            case 7 -> checkMessage(data, List.of("data"), false);
            case 8 -> {
                JsonNode choices = data.path("choices");
                if (!choices.isArray()) {
                    yield Optional.of(FormErrors.single(List.of("data", "choices"), "BASE_TYPE_REQUIRED",
                            "This field is required"));
                }
                yield choices.size() > MAX_AUTOCOMPLETE_CHOICES
                        ? Optional.of(FormErrors.single(List.of("data", "choices"), "BASE_TYPE_MAX_LENGTH",
                                "Must be " + MAX_AUTOCOMPLETE_CHOICES + " or fewer in length."))
                        : Optional.empty();
            }
            case 9 -> data.hasNonNull("custom_id") && data.hasNonNull("title") && data.path("components").isArray()
                    ? Optional.empty()
                    : Optional.of(FormErrors.single(List.of("data"), "BASE_TYPE_REQUIRED",
                            "A modal needs custom_id, title and components"));
            default -> Optional.empty();
        };
    }

    /** Content length, components, and (for a new message) that it is not empty. */
    static Optional<RestResponse> checkMessage(JsonNode data, List<String> path, boolean isNew) {
        String content = data.path("content").asText("");
        if (content.codePointCount(0, content.length()) > MAX_CONTENT_LENGTH) {
            return Optional.of(FormErrors.single(CommandValidator.at(path, "content"), "BASE_TYPE_MAX_LENGTH",
                    "Must be " + MAX_CONTENT_LENGTH + " or fewer in length."));
        }
        Optional<RestResponse> components = Components.check(data.path("components"),
                CommandValidator.at(path, "components"));
        if (components.isPresent()) {
            return components;
        }
        boolean empty = content.isEmpty() && Payloads.embedsText(data).equals("[]")
                && Payloads.arrayText(data, "components").equals("[]") && !data.path("poll").isObject()
                && !data.path("attachments").isArray();
        return isNew && empty ? Optional.of(RestResponse.error(400, 50006, "Cannot send an empty message"))
                : Optional.empty();
    }

    private StoredMessage createOriginal(Interaction interaction, JsonNode data, boolean loading) {
        int flags = data.path("flags").asInt(0) & MessageOrigin.EPHEMERAL;
        if (loading) {
            flags |= MessageOrigin.LOADING;
        }
        StoredMessage message = post(interaction, loading ? Json.object() : data, flags, 0);
        interaction.original(message.message().id());
        record(interaction, Kind.ORIGINAL, message);
        return message;
    }

    private StoredMessage post(Interaction interaction, JsonNode data, int flags, long originalResponseId) {
        int type = interaction.type == Interaction.APPLICATION_COMMAND ? 20 : 0;
        MessageOrigin origin = new MessageOrigin(flags, type, world.config().application().id(),
                Json.write(interactionPayloads.metadata(interaction, originalResponseId)),
                Json.write(interactionPayloads.legacy(interaction)), false);
        String content = data.path("content").asText("");
        String embeds = Payloads.embedsText(data);
        String components = Payloads.arrayText(data, "components");
        long botId = world.config().bot().id();
        if ((flags & MessageOrigin.EPHEMERAL) != 0) {
            StoredMessage message = world.newMessage(interaction.channel, botId, content, 0, embeds, components, "[]",
                    origin);
            ephemeral.put(message.message().id(), message);
            return message;
        }
        String allowedMentions = data.path("allowed_mentions").isObject() ? Json.write(data.path("allowed_mentions"))
                : "";
        return chat.post(interaction.channel, botId, content, 0, embeds, components, "[]", null, allowedMentions,
                origin);
    }

    private Optional<StoredMessage> edit(Interaction interaction, long messageId, JsonNode data) {
        MessageEdit edit = new MessageEdit(data.has("content") ? data.path("content").asText("") : null,
                data.has("embeds") ? Payloads.embedsText(data) : null,
                data.has("components") ? Payloads.arrayText(data, "components") : null);
        StoredMessage old = ephemeral.get(messageId);
        Optional<StoredMessage> edited;
        if (old != null) {
            StoredMessage now = edit.applyTo(old, clock.instant());
            ephemeral.put(messageId, now);
            edited = Optional.of(now);
        } else {
            edited = chat.edit(interaction.channel, messageId, edit);
        }
        edited.ifPresent(m -> record(interaction, Kind.EDITED, m));
        return edited;
    }

    private void record(Interaction interaction, Kind kind, StoredMessage message) {
        recorder.record(new Recorded.InteractionMessage(clock.instant(), interaction.id, kind,
                interaction.channel.id(), message.message().id(), kind == Kind.DELETED ? "" : message.message().content(),
                message.origin().flags(), message.embedsJson(), message.componentsJson()));
    }

    // --- webhooks/{application_id}/{interaction_token}/... -------------------------------------------------

    private interface WebhookEndpoint {
        RestResponse handle(Interaction interaction);
    }

    /** Finds the interaction of a webhook route: the application must match and the token be under 15 minutes old and acknowledged. */
    RestResponse withWebhook(RestRequest request, WebhookEndpoint endpoint) {
        Interaction interaction = byToken.get(request.param("interaction_token"));
        if (interaction == null || request.idParam("application_id") != world.config().application().id()
                || clock.instant().isAfter(interaction.createdAt.plus(TOKEN_LIFETIME))
                || interaction.callbackType() == 0) {
            return RestResponse.error(404, 10015, "Unknown Webhook");
        }
        return endpoint.handle(interaction);
    }

    /** {@code POST webhooks/{app}/{token}}: a follow-up; the first after a deferral replaces the "thinking" message. */
    RestResponse followUp(RestRequest request, Interaction interaction) {
        JsonNode body = request.json();
        Optional<RestResponse> invalid = checkMessage(body, List.of(), true);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        StoredMessage message;
        Optional<StoredMessage> original = message(interaction.channel.id(), interaction.originalMessageId());
        if (interaction.callbackType() == 5 && original.isPresent()
                && (original.get().origin().flags() & MessageOrigin.LOADING) != 0) {
            message = edit(interaction, interaction.originalMessageId(), body).orElseThrow();
        } else {
            int flags = body.path("flags").asInt(0) & MessageOrigin.EPHEMERAL;
            message = post(interaction, body, flags, interaction.originalMessageId());
            interaction.followUp(message.message().id());
            record(interaction, Kind.FOLLOW_UP, message);
        }
        return request.queryParam("wait").map("true"::equals).orElse(false)
                ? RestResponse.ok(payloads.message(message, false)) : RestResponse.noContent();
    }

    /** The message {@code {message_id}} ({@code @original} or a follow-up) of a webhook route, or 404 Unknown Message. */
    RestResponse withMessage(RestRequest request, Interaction interaction,
            BiFunction<Interaction, StoredMessage, RestResponse> endpoint) {
        String named = request.param("message_id");
        long messageId = named.equals("@original") ? interaction.originalMessageId() : request.idParam("message_id");
        if (messageId == 0 || !interaction.owns(messageId)) {
            return RestResponse.error(404, 10008, "Unknown Message");
        }
        return message(interaction.channel.id(), messageId).map(m -> endpoint.apply(interaction, m))
                .orElseGet(() -> RestResponse.error(404, 10008, "Unknown Message"));
    }

    RestResponse getMessage(StoredMessage message) {
        return RestResponse.ok(payloads.message(message, false));
    }

    RestResponse editMessage(RestRequest request, Interaction interaction, StoredMessage message) {
        JsonNode body = request.json();
        Optional<RestResponse> invalid = checkMessage(body, List.of(), false);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return edit(interaction, message.message().id(), body)
                .map(m -> RestResponse.ok(payloads.message(m, false)))
                .orElseGet(() -> RestResponse.error(404, 10008, "Unknown Message"));
    }

    RestResponse deleteMessage(Interaction interaction, StoredMessage message) {
        long id = message.message().id();
        if (ephemeral.remove(id) == null) {
            chat.deleteByBot(interaction.channel, id);
        }
        record(interaction, Kind.DELETED, message);
        return RestResponse.noContent();
    }

    RestRouter addTo(RestRouter router) {
        String webhook = "webhooks/{application_id}/{interaction_token}";
        String oneMessage = webhook + "/messages/{message_id}";
        return router
                .addPublic("POST", "interactions/{interaction_id}/{interaction_token}/callback", this::callback)
                .addPublic("POST", webhook, r -> withWebhook(r, i -> followUp(r, i)))
                .addPublic("GET", oneMessage, r -> withWebhook(r, i -> withMessage(r, i, (x, m) -> getMessage(m))))
                .addPublic("PATCH", oneMessage, r -> withWebhook(r, i -> withMessage(r, i,
                        (x, m) -> editMessage(r, x, m))))
                .addPublic("DELETE", oneMessage, r -> withWebhook(r, i -> withMessage(r, i, this::deleteMessage)));
    }
}
