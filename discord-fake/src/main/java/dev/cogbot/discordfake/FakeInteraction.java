package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.StreamSupport;

/**
 * An interaction a test started on a {@link FakeDiscord} (a slash command, an autocomplete, a button click or
 * a select), and what the bot answered to it.
 *
 * <pre>{@code
 * FakeInteraction ping = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "ping", Map.of());
 * Recorded.InteractionCallback callback = ping.awaitCallback(Duration.ofSeconds(5));
 * assertThat(callback.type()).isEqualTo(4);
 * assertThat(ping.original().orElseThrow().content()).isEqualTo("pong");
 * }</pre>
 */
public final class FakeInteraction {

    private final Interaction interaction;
    private final Interactions interactions;
    private final Recorder recorder;

    FakeInteraction(Interaction interaction, Interactions interactions, Recorder recorder) {
        this.interaction = interaction;
        this.interactions = interactions;
        this.recorder = recorder;
    }

    public long id() {
        return interaction.id;
    }

    /** The token the bot answers with (in the callback's and the webhook routes' paths). */
    public String token() {
        return interaction.token;
    }

    /** 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 4 APPLICATION_COMMAND_AUTOCOMPLETE. */
    public int type() {
        return interaction.type;
    }

    public long channelId() {
        return interaction.channel.id();
    }

    /** The INTERACTION_CREATE's {@code d} as dispatched. */
    public JsonNode payload() {
        return Json.parseOrMissing(interaction.payloadJson);
    }

    /** Whether the bot's callback was accepted (only one is, and only within 3 seconds). */
    public boolean acknowledged() {
        return interaction.callbackType() != 0;
    }

    /** The accepted callback's type, empty before one. */
    public OptionalInt callbackType() {
        int type = interaction.callbackType();
        return type == 0 ? OptionalInt.empty() : OptionalInt.of(type);
    }

    /** The accepted callback's {@code data}; a missing node before one or without data. */
    public JsonNode callbackData() {
        return Json.parseOrMissing(interaction.callbackData());
    }

    /** The choices of an accepted autocomplete callback (type 8), in order; empty before one. */
    public List<AutocompleteChoice> autocompleteChoices() {
        if (interaction.callbackType() != 8) {
            return List.of();
        }
        return StreamSupport.stream(callbackData().path("choices").spliterator(), false)
                .map(c -> new AutocompleteChoice(c.path("name").asText(), c.path("value").asText()))
                .toList();
    }

    /** The original response as it is now (after edits), empty before a callback of type 4 or 5 or once deleted. */
    public Optional<ResponseMessage> original() {
        long id = interaction.originalMessageId();
        return id == 0 ? Optional.empty() : message(id);
    }

    /** The follow-up messages still there, oldest first. */
    public List<ResponseMessage> followUps() {
        return interaction.followUpIds().stream().map(this::message).flatMap(Optional::stream).toList();
    }

    /** Every change to this interaction's messages so far (created, edited, deleted), oldest first. */
    public List<Recorded.InteractionMessage> messageEvents() {
        return recorder.snapshot(Recorded.InteractionMessage.class).stream()
                .filter(m -> m.interactionId() == interaction.id).toList();
    }

    /** Waits for the bot's first callback to this interaction, accepted or not. */
    public Recorded.InteractionCallback awaitCallback(Duration timeout) {
        return recorder.await(0, Recorded.InteractionCallback.class, c -> c.interactionId() == interaction.id, timeout);
    }

    /** Waits for a change to this interaction's messages of {@code kind}. */
    public Recorded.InteractionMessage awaitMessage(Recorded.InteractionMessage.Kind kind, Duration timeout) {
        return recorder.await(0, Recorded.InteractionMessage.class,
                m -> m.interactionId() == interaction.id && m.kind() == kind, timeout);
    }

    private Optional<ResponseMessage> message(long messageId) {
        return interactions.message(interaction.channel.id(), messageId).map(ResponseMessage::of);
    }

    /** One choice of an autocomplete answer; {@code value} as text whatever its JSON type. */
    public record AutocompleteChoice(String name, String value) {
    }

    /**
     * A message answering an interaction.
     *
     * @param flags EPHEMERAL {@code 1 << 6}, LOADING {@code 1 << 7}
     */
    public record ResponseMessage(long id, long channelId, String content, int flags, String embeds,
            String components) {

        static ResponseMessage of(WorldState.StoredMessage stored) {
            return new ResponseMessage(stored.message().id(), stored.message().channelId(), stored.message().content(),
                    stored.origin().flags(), stored.embedsJson(), stored.componentsJson());
        }

        public boolean ephemeral() {
            return (flags & MessageOrigin.EPHEMERAL) != 0;
        }

        /** Whether it is still a deferral's "thinking" message, not yet edited. */
        public boolean loading() {
            return (flags & MessageOrigin.LOADING) != 0;
        }

        public JsonNode componentsJson() {
            return Json.parseOrMissing(components);
        }

        public JsonNode embedsJson() {
            return Json.parseOrMissing(embeds);
        }
    }
}
