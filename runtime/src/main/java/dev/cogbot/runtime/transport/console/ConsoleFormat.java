package dev.cogbot.runtime.transport.console;

import dev.cogbot.api.Activity;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;

/**
 * How the console shows what happens in a channel, one line per event, IRC-style. Scripts and
 * tests compare these lines, so every format lives here.
 *
 * <pre>
 * #general &lt;alice&gt; !lightbulb
 * #general &lt;cogbot&gt; Knock knock!
 * #general cogbot reacted 🔇 to message 3
 * #general cogbot is typing…
 * cogbot is now playing: Jokes told: 3
 * </pre>
 *
 * A message of several lines keeps them together, the later ones indented under the first.
 */
public final class ConsoleFormat {

    private ConsoleFormat() {
    }

    /** {@code #general <alice> hello}. */
    public static String message(ChannelRef channel, User author, String text) {
        String head = prompt(channel, author);
        String indent = " ".repeat(head.codePointCount(0, head.length()));
        StringBuilder block = new StringBuilder(head);
        String[] lines = text.split("\\R", -1);
        block.append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            block.append(System.lineSeparator()).append(indent).append(lines[i]);
        }
        return block.toString();
    }

    /** What a person types after: {@code #general <alice> }, so their line reads like an echoed one. */
    public static String prompt(ChannelRef channel, User author) {
        return channel(channel) + " <" + author.name() + "> ";
    }

    /** {@code #general cogbot reacted 🔇 to message 3}. */
    public static String reactionAdded(ChannelRef channel, User bot, String messageId, String emoji) {
        return channel(channel) + " " + bot.name() + " reacted " + emoji + " to message " + messageId;
    }

    /** {@code #general cogbot removed 🔇 from message 3}. */
    public static String reactionRemoved(ChannelRef channel, User bot, String messageId, String emoji) {
        return channel(channel) + " " + bot.name() + " removed " + emoji + " from message " + messageId;
    }

    /** {@code #general alice edited message 3: hello world}. */
    public static String edited(ChannelRef channel, User author, String messageId, String text) {
        return channel(channel) + " " + author.name() + " edited message " + messageId + ": " + text;
    }

    /** {@code #general alice deleted message 3}. */
    public static String deleted(ChannelRef channel, User user, String messageId) {
        return channel(channel) + " " + user.name() + " deleted message " + messageId;
    }

    /** {@code #general cogbot is typing…}. */
    public static String typing(ChannelRef channel, User bot) {
        return channel(channel) + " " + bot.name() + " is typing…";
    }

    /** {@code cogbot is now playing: Jokes told: 3}. */
    public static String presence(User bot, Activity activity) {
        return bot.name() + " is now " + verb(activity.type()) + ": " + activity.name();
    }

    /** How Discord words an activity type: playing, listening to, watching, competing in. */
    public static String verb(Activity.Type type) {
        return switch (type) {
            case PLAYING -> "playing";
            case LISTENING -> "listening to";
            case WATCHING -> "watching";
            case COMPETING -> "competing in";
        };
    }

    private static String channel(ChannelRef channel) {
        return "#" + channel.name();
    }
}
