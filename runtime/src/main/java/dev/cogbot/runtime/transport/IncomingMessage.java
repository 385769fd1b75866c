package dev.cogbot.runtime.transport;

import dev.cogbot.api.User;
import java.util.Objects;

/**
 * A message as a transport sees it: plain data, no behaviour.
 *
 * @param member the author as a member of the channel's server; {@code null} in a direct message and
 *               for the bot's own messages
 */
public record IncomingMessage(String id, ChannelRef channel, User author, String content, MemberRef member) {

    public IncomingMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
    }

    /** A message whose author is not known as a member: a direct message, or one the bot sent. */
    public IncomingMessage(String id, ChannelRef channel, User author, String content) {
        this(id, channel, author, content, null);
    }
}
