package dev.cogbot.runtime.transport.console;

import dev.cogbot.api.Activity;
import dev.cogbot.api.ActionRow;
import dev.cogbot.api.Button;
import dev.cogbot.api.Component;
import dev.cogbot.api.Embed;
import dev.cogbot.api.SelectMenu;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import java.util.ArrayList;
import java.util.List;

/**
 * How the console shows what happens in a channel, one line per event, IRC-style. Scripts and
 * tests compare these lines, so every format lives here.
 *
 * <pre>
 * #general &lt;alice&gt; !lightbulb
 * #general &lt;cogbot&gt; Knock knock!
 * #general cogbot reacted 🔇 to message 3
 * #general cogbot is typing…
 * #general cogbot edited message 4: Counted: 5
 * #general cogbot deleted message 4
 * cogbot is now playing: Jokes told: 3
 * </pre>
 *
 * A message of several lines keeps them together, the later ones indented under the first. An embed
 * follows its message's text as lines marked with a bar, under the same indent:
 *
 * <pre>
 * #general &lt;cogbot&gt; The votes are in
 *                   │ Lunch?
 *                   │ Pizza wins.
 *                   │ 🍕 Pizza: 5 votes
 *                   │ — Poll by alice · 2026-12-03T12:00:00Z
 * </pre>
 */
public final class ConsoleFormat {

    private ConsoleFormat() {
    }

    /** {@code #general <alice> hello}. */
    public static String message(ChannelRef channel, User author, String text) {
        return message(channel, author, text, List.of());
    }

    /** {@code #general <cogbot> hello}, then each embed's lines. */
    public static String message(ChannelRef channel, User author, String text, List<Embed> embeds) {
        return block(prompt(channel, author), text, embeds);
    }

    /** {@code #general cogbot edited message 4: Counted: 5} (or whoever edited), then each embed's lines. */
    public static String edited(ChannelRef channel, User editor, String messageId, String text, List<Embed> embeds) {
        return block(channel(channel) + " " + editor.name() + " edited message " + messageId + ": ", text, embeds);
    }

    /** {@code #general cogbot deleted message 4} (or whoever deleted it). */
    public static String deleted(ChannelRef channel, User deleter, String messageId) {
        return channel(channel) + " " + deleter.name() + " deleted message " + messageId;
    }

    /**
     * The text with its components on a line of their own, as the console shows them:
     * {@code "Lunch?\n[Yes] [No]"}. The console has no clicks; the buttons only show what a
     * Discord user would see.
     */
    public static String withComponents(String text, List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return text;
        }
        List<String> shown = new ArrayList<>();
        for (ActionRow row : rows) {
            for (Component component : row.components()) {
                shown.add("[" + switch (component) {
                    case Button button -> button.label() + (button.disabled() ? " (disabled)" : "");
                    case SelectMenu menu -> (menu.placeholder().isBlank() ? menu.id() : menu.placeholder()) + " ▾";
                } + "]");
            }
        }
        return (text.isEmpty() ? "" : text + System.lineSeparator()) + String.join(" ", shown);
    }

    /** The embed as the console shows it, one entry per line, without the bar. */
    public static List<String> embedLines(Embed embed) {
        List<String> lines = new ArrayList<>();
        embed.title().ifPresent(lines::add);
        embed.description().ifPresent(d -> lines.addAll(List.of(d.split("\\R", -1))));
        for (Embed.Field field : embed.fields()) {
            String[] value = field.value().split("\\R", -1);
            lines.add(field.name() + ": " + value[0]);
            String under = "  ";
            for (int i = 1; i < value.length; i++) {
                lines.add(under + value[i]);
            }
        }
        embed.imageUrl().ifPresent(url -> lines.add("[image] " + url));
        String footer = embed.footer().orElse("");
        String when = embed.timestamp().map(Object::toString).orElse("");
        if (!footer.isEmpty() || !when.isEmpty()) {
            lines.add("— " + footer + (!footer.isEmpty() && !when.isEmpty() ? " · " : "") + when);
        }
        return lines;
    }

    /** {@code head} then the text's lines and the embeds' (barred), the later ones indented under the first. */
    private static String block(String head, String text, List<Embed> embeds) {
        List<String> lines = new ArrayList<>();
        if (!text.isEmpty() || embeds.isEmpty()) {
            lines.addAll(List.of(text.split("\\R", -1)));
        }
        for (Embed embed : embeds) {
            embedLines(embed).forEach(line -> lines.add("│ " + line));
        }
        String indent = " ".repeat(head.codePointCount(0, head.length()));
        StringBuilder block = new StringBuilder(head).append(lines.getFirst());
        for (int i = 1; i < lines.size(); i++) {
            block.append(System.lineSeparator()).append(indent).append(lines.get(i));
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
