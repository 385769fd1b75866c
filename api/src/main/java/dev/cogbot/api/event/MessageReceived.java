package dev.cogbot.api.event;

import dev.cogbot.api.Message;
import java.util.Objects;

/**
 * A message arrived, whether or not it is a command: discord.py's {@code on_message}.
 *
 * <pre>{@code
 * @Listen
 * public void onMessage(MessageReceived event) {
 *     if (!event.isCommand() && event.message().content().contains("cogbot")) event.message().addReaction("👋");
 * }
 * }</pre>
 *
 * @param message   the message
 * @param isCommand whether it invokes a loaded command (with the bot's prefix and a command's name or
 *                  alias), so a listener can leave commands to their cogs
 */
public record MessageReceived(Message message, boolean isCommand) implements Event {

    public MessageReceived {
        Objects.requireNonNull(message, "message");
    }
}
