package dev.cogbot.testkit;

import dev.cogbot.api.Activity;
import dev.cogbot.api.AllowedMentions;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.api.Embed;
import java.util.List;
import java.util.Locale;

/** Something the bot did on the in-memory transport. */
public sealed interface BotEvent {

    ChannelRef channel();

    /** The event as one transcript line, e.g. {@code "cogbot: Knock knock!"}. */
    String line();

    /**
     * A message the bot sent.
     *
     * @param mentions  which mentions in it were allowed to ping
     * @param embeds    the embeds it carried
     * @param replyToId the message it replied to, or {@code null}
     */
    record Sent(ChannelRef channel, String messageId, String text, AllowedMentions mentions, List<Embed> embeds,
            String replyToId) implements BotEvent {
        @Override
        public String line() {
            return "cogbot: " + EmbedLines.withEmbeds(text, embeds);
        }
    }

    /** A message of the bot's that it edited, as it reads now. */
    record Edited(ChannelRef channel, String messageId, String text, List<Embed> embeds) implements BotEvent {
        @Override
        public String line() {
            return "cogbot edited " + messageId + ": " + EmbedLines.withEmbeds(text, embeds);
        }
    }

    /** A message the bot deleted. */
    record Deleted(ChannelRef channel, String messageId) implements BotEvent {
        @Override
        public String line() {
            return "cogbot deleted " + messageId;
        }
    }

    record ReactionAdded(ChannelRef channel, String messageId, String emoji) implements BotEvent {
        @Override
        public String line() {
            return "cogbot reacted " + emoji + " to " + messageId;
        }
    }

    record ReactionRemoved(ChannelRef channel, String messageId, String emoji) implements BotEvent {
        @Override
        public String line() {
            return "cogbot removed " + emoji + " from " + messageId;
        }
    }

    record TypingStarted(ChannelRef channel) implements BotEvent {
        @Override
        public String line() {
            return "cogbot is typing…";
        }
    }

    record PresenceChanged(Activity activity) implements BotEvent {
        @Override
        public ChannelRef channel() {
            return null;
        }

        @Override
        public String line() {
            return "presence: " + activity.type().name().toLowerCase(Locale.ROOT) + " " + activity.name();
        }
    }
}
