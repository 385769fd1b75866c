package dev.cogbot.runtime.transport;

import dev.cogbot.api.Draft;
import java.util.List;

/**
 * How the runtime answers one interaction; the transport carries each call to the network.
 * Discord's rules apply, and the runtime keeps them: exactly one first answer within three seconds
 * ({@link #respond}, {@link #defer}, and for a component {@link #update} or {@link #deferUpdate};
 * for autocomplete {@link #suggest}), then any number of edits and follow-ups for fifteen minutes.
 * A call that breaks a rule, or comes too late, throws {@link IllegalStateException} with a one-line
 * message.
 */
public interface InteractionResponder {

    /** The first answer: a message (visible to all, or only to the user when {@code draft} is ephemeral). */
    void respond(Draft draft);

    /** The first answer when the real one will be late: "thinking…", visible to all or only to the user. */
    void defer(boolean ephemeral);

    /** Replaces the first answer (or the "thinking…" of {@link #defer}) and returns it as sent. */
    IncomingMessage editOriginal(Draft draft);

    /**
     * The first answer as a message, for reactions; it must be a visible one.
     *
     * @throws java.util.NoSuchElementException if there is none yet, or it is ephemeral
     */
    IncomingMessage original();

    /** Removes the first answer. */
    void deleteOriginal();

    /** Another message after the first answer; ephemeral if {@code draft} is. */
    IncomingMessage followUp(Draft draft);

    /** For a component: the first answer, replacing the message the component is on. */
    void update(Draft draft);

    /** For a component: the first answer when nothing is to change now. */
    void deferUpdate();

    /** For autocomplete: the suggestions, at most 25. */
    void suggest(List<ApplicationCommand.Choice> choices);
}
