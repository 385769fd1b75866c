package dev.cogbot.testkit;

import dev.cogbot.api.ActionRow;
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
     * A message the bot sent: to a channel, or as the answer to an interaction.
     *
     * <p>Its line shows its buttons after the text ({@code "cogbot: Lunch? [Yes] [No]"}), and marks
     * an ephemeral answer, which only the interaction's user sees: {@code "cogbot (privately): …"}.
     *
     * @param mentions  which mentions in it were allowed to ping
     * @param embeds    the embeds it carried
     * @param replyToId the message it replied to, or {@code null}
     * @param rows      its rows of components (buttons, select menus)
     * @param ephemeral whether only the user of the interaction it answers sees it
     */
    record Sent(ChannelRef channel, String messageId, String text, AllowedMentions mentions, List<Embed> embeds,
            String replyToId, List<ActionRow> rows, boolean ephemeral) implements BotEvent {

        public Sent {
            embeds = List.copyOf(embeds);
            rows = List.copyOf(rows);
        }

        /** A plain message in a channel, without components. */
        public Sent(ChannelRef channel, String messageId, String text, AllowedMentions mentions, List<Embed> embeds,
                String replyToId) {
            this(channel, messageId, text, mentions, embeds, replyToId, List.of(), false);
        }

        @Override
        public String line() {
            return (ephemeral ? "cogbot (privately): " : "cogbot: ") + EmbedLines.withEmbeds(text, embeds)
                    + ComponentLines.of(rows);
        }
    }

    /** A message of the bot's that it edited (or an interaction's answer it replaced), as it reads now. */
    record Edited(ChannelRef channel, String messageId, String text, List<Embed> embeds, List<ActionRow> rows)
            implements BotEvent {

        public Edited {
            embeds = List.copyOf(embeds);
            rows = List.copyOf(rows);
        }

        public Edited(ChannelRef channel, String messageId, String text, List<Embed> embeds) {
            this(channel, messageId, text, embeds, List.of());
        }

        @Override
        public String line() {
            return "cogbot edited " + messageId + ": " + EmbedLines.withEmbeds(text, embeds) + ComponentLines.of(rows);
        }
    }

    /**
     * The bot deferred its answer to a slash command: Discord shows "thinking…" until the answer
     * replaces it (an {@link Edited} of {@code messageId}).
     */
    record Deferred(ChannelRef channel, String messageId, boolean ephemeral) implements BotEvent {
        @Override
        public String line() {
            return ephemeral ? "cogbot is thinking… (privately)" : "cogbot is thinking…";
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
