package dev.cogbot.runtime.transport;

import dev.cogbot.api.AllowedMentions;
import java.util.Objects;

/**
 * A message the bot sends, as the runtime hands it to a transport: plain data.
 *
 * @param text     the content
 * @param mentions which mentions in it may ping; a transport that cannot ping ignores it
 */
public record OutgoingMessage(String text, AllowedMentions mentions) {

    public OutgoingMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
    }

    /** A message in which only user mentions ping, as by default. */
    public static OutgoingMessage of(String text) {
        return new OutgoingMessage(text, AllowedMentions.users());
    }
}
