package dev.cogbot.runtime.transport.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.emoji.EmojiUnion;

/**
 * Emoji as the runtime writes them, in JDA's terms: a unicode emoji as itself ({@code "👍"}), a
 * server's custom emoji as {@code name:id} ({@code a:name:id} when animated), as in
 * {@link dev.cogbot.api.Reaction}.
 */
final class DiscordEmoji {

    private static final Pattern CUSTOM = Pattern.compile("(a:)?([A-Za-z0-9_]{2,32}):(\\d{1,20})");

    private DiscordEmoji() {
    }

    static Emoji of(String emoji) {
        Matcher custom = CUSTOM.matcher(emoji);
        if (custom.matches()) {
            return Emoji.fromCustom(custom.group(2), Long.parseUnsignedLong(custom.group(3)), custom.group(1) != null);
        }
        return Emoji.fromUnicode(emoji);
    }

    static String text(EmojiUnion emoji) {
        return switch (emoji.getType()) {
            case UNICODE -> emoji.getName();
            case CUSTOM -> (emoji.asCustom().isAnimated() ? "a:" : "") + emoji.getName() + ":" + emoji.asCustom().getId();
        };
    }
}
