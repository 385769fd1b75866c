package dev.cogbot.api.event;

import dev.cogbot.api.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * A message was edited: discord.py's {@code on_message_edit}, but also for messages the bot no
 * longer remembers (then {@code previousContent} is empty).
 *
 * <pre>{@code
 * @Listen
 * public void onEdit(MessageEdited event) {
 *     event.previousContent().ifPresent(before ->
 *             event.message().reply("You wrote \"" + before + "\" first."));
 * }
 * }</pre>
 *
 * @param message         the message as it reads now
 * @param previousContent its text before the edit, when the bot still remembered it (the last
 *                        thousand messages it saw)
 */
public record MessageEdited(Message message, Optional<String> previousContent) implements Event {

    public MessageEdited {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(previousContent, "previousContent");
    }
}
