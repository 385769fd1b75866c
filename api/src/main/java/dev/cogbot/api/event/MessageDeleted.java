package dev.cogbot.api.event;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * A message was deleted: discord.py's {@code on_raw_message_delete}, with the message itself when the
 * bot still remembered it.
 *
 * <pre>{@code
 * @Listen
 * public void onDelete(MessageDeleted event) {
 *     event.message().ifPresent(gone -> log.info("{} deleted: {}", gone.author().name(), gone.content()));
 * }
 * }</pre>
 *
 * @param channel   where it was
 * @param messageId its id
 * @param message   the message as the bot last saw it, when it still remembered it (the last thousand
 *                  messages it saw); acting on it (a reply, a reaction) fails, since it is gone
 */
public record MessageDeleted(Channel channel, String messageId, Optional<Message> message) implements Event {

    public MessageDeleted {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(message, "message");
    }
}
