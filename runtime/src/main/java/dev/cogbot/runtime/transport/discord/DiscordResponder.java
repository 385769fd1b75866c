package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Draft;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.InteractionResponder;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IAutoCompleteCallback;
import net.dv8tion.jda.api.interactions.callbacks.IDeferrableCallback;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Answers one JDA interaction. Every call blocks until Discord has answered (the runtime calls it
 * from a command's virtual thread, never from the gateway's). A call against Discord's rules — a
 * second first answer, an edit before any, an answer to a component's message for a slash
 * command — and Discord's own refusals (the three seconds missed, an expired token) are thrown as
 * one-line {@link IllegalStateException}s, see {@link DiscordFailures}.
 */
final class DiscordResponder implements InteractionResponder {

    private final Interaction interaction;
    /** Turns a message of this interaction (its response, a follow-up) into the runtime's. */
    private final Function<Message, IncomingMessage> incoming;
    /** Whether the first answer is seen by its user only; null until there is one. */
    private volatile Boolean ephemeralAnswer;

    DiscordResponder(Interaction interaction, Function<Message, IncomingMessage> incoming) {
        this.interaction = interaction;
        this.incoming = incoming;
    }

    @Override
    public void respond(Draft draft) {
        IReplyCallback reply = as(IReplyCallback.class, "answer with a message");
        List<MessageCreateData> parts = DiscordMessages.create(draft);
        firstAnswer("answer", () -> reply.reply(parts.getFirst()).setEphemeral(draft.isEphemeral()).complete(),
                draft.isEphemeral());
        // the rest of a long text follows the response, as in a channel
        for (MessageCreateData part : parts.subList(1, parts.size())) {
            complete(() -> reply.getHook().sendMessage(part).setEphemeral(draft.isEphemeral()).complete(), "follow up on");
        }
    }

    @Override
    public void defer(boolean ephemeral) {
        IReplyCallback reply = as(IReplyCallback.class, "defer");
        firstAnswer("defer", () -> reply.deferReply(ephemeral).complete(), ephemeral);
    }

    @Override
    public IncomingMessage editOriginal(Draft draft) {
        InteractionHook hook = answeredHook("edit the answer to");
        return incoming.apply(complete(() -> hook.editOriginal(DiscordMessages.edit(draft)).complete(), "edit the answer to"));
    }

    @Override
    public IncomingMessage original() {
        if (!interaction.isAcknowledged()) {
            throw new NoSuchElementException("interaction " + interaction.getId() + " has no answer yet");
        }
        if (Boolean.TRUE.equals(ephemeralAnswer)) {
            throw new NoSuchElementException("the answer to interaction " + interaction.getId()
                    + " is seen by its user only, so it cannot be reacted to");
        }
        InteractionHook hook = answeredHook("read the answer to");
        return incoming.apply(complete(() -> hook.retrieveOriginal().complete(), "read the answer to"));
    }

    @Override
    public void deleteOriginal() {
        InteractionHook hook = answeredHook("delete the answer to");
        complete(() -> hook.deleteOriginal().complete(), "delete the answer to");
    }

    @Override
    public IncomingMessage followUp(Draft draft) {
        InteractionHook hook = answeredHook("follow up on");
        Message last = null;
        for (MessageCreateData part : DiscordMessages.create(draft)) {
            last = complete(() -> hook.sendMessage(part).setEphemeral(draft.isEphemeral()).complete(), "follow up on");
        }
        return incoming.apply(last);
    }

    @Override
    public void update(Draft draft) {
        IMessageEditCallback edit = as(IMessageEditCallback.class, "update the message of");
        firstAnswer("update the message of", () -> edit.editMessage(DiscordMessages.edit(draft)).complete(), false);
    }

    @Override
    public void deferUpdate() {
        IMessageEditCallback edit = as(IMessageEditCallback.class, "defer the update of");
        firstAnswer("defer the update of", () -> edit.deferEdit().complete(), false);
    }

    /**
     * The first 25 suggestions, typed as the option being typed is (Discord refuses text for a number
     * option); one that is not a number there is left out, so the user still gets the others.
     */
    @Override
    public void suggest(List<ApplicationCommand.Choice> choices) {
        IAutoCompleteCallback autocomplete = as(IAutoCompleteCallback.class, "suggest values for");
        OptionType type = interaction instanceof net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction typing
                ? typing.getFocusedOption().getType() : OptionType.STRING;
        List<Command.Choice> suggestions = choices.stream()
                .flatMap(choice -> typed(choice, type).stream())
                .limit(25)
                .toList();
        firstAnswer("suggest values for", () -> autocomplete.replyChoices(suggestions).complete(), false);
    }

    private static java.util.Optional<Command.Choice> typed(ApplicationCommand.Choice choice, OptionType type) {
        try {
            return java.util.Optional.of(switch (type) {
                case INTEGER -> new Command.Choice(choice.name(), Long.parseLong(choice.value()));
                case NUMBER -> new Command.Choice(choice.name(), Double.parseDouble(choice.value()));
                default -> new Command.Choice(choice.name(), choice.value());
            });
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Sends the first answer, once: Discord takes exactly one, within three seconds. */
    private void firstAnswer(String attempt, Supplier<?> request, boolean ephemeral) {
        if (interaction.isAcknowledged()) {
            throw new IllegalStateException("cannot " + attempt + " interaction " + interaction.getId()
                    + ": it was answered already; edit the answer or follow up instead");
        }
        ephemeralAnswer = ephemeral;
        complete(request, attempt);
    }

    /** The hook of an interaction answered already: JDA would hold a request before the answer for ten seconds. */
    private InteractionHook answeredHook(String attempt) {
        IDeferrableCallback deferrable = as(IDeferrableCallback.class, attempt);
        if (!interaction.isAcknowledged()) {
            throw new IllegalStateException("cannot " + attempt + " interaction " + interaction.getId()
                    + ": it has no answer yet; respond or defer first");
        }
        return deferrable.getHook();
    }

    private <T> T as(Class<T> kind, String attempt) {
        if (!kind.isInstance(interaction)) {
            String why = kind == IMessageEditCallback.class ? "only a click on a component has a message to update"
                    : kind == IAutoCompleteCallback.class ? "only an autocomplete takes suggestions"
                    : "an autocomplete is answered with suggestions only";
            throw new IllegalStateException("cannot " + attempt + " interaction " + interaction.getId() + ": " + why);
        }
        return kind.cast(interaction);
    }

    private <T> T complete(Supplier<T> request, String attempt) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw DiscordFailures.explain(attempt + " interaction " + interaction.getId(), e);
        }
    }
}
