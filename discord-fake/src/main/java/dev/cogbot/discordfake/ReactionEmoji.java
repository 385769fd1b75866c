package dev.cogbot.discordfake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key per emoji, as Discord identifies a reaction's emoji: a custom emoji by {@code name:id}
 * however it was written ({@code <:name:id>}, {@code <a:name:id>}, {@code a:name:id}), a unicode
 * emoji as itself. So a reaction added as {@code a:dance:1} and listed as {@code dance:1} is the same.
 *
 * <pre>{@code
 * ReactionEmoji.key("<a:dance:123>")   // "dance:123"
 * }</pre>
 */
final class ReactionEmoji {

    /** {@code <:name:id>}, {@code <a:name:id>}, {@code a:name:id} or {@code name:id}. */
    private static final Pattern CUSTOM = Pattern.compile(
            "<a?:([A-Za-z0-9_]{2,32}):(\\d{1,20})>|(?:a:)?([A-Za-z0-9_]{2,32}):(\\d{1,20})");

    private ReactionEmoji() {
    }

    static String key(String emoji) {
        String stripped = emoji.strip();
        Matcher custom = CUSTOM.matcher(stripped);
        if (!custom.matches()) {
            return stripped;
        }
        return custom.group(1) != null ? custom.group(1) + ":" + custom.group(2) : custom.group(3) + ":" + custom.group(4);
    }
}
