package dev.cogbot.runtime.transport;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one encoding of a reaction's emoji (see {@link dev.cogbot.api.Reaction}): a unicode emoji as
 * itself, a server's custom emoji as {@code name:id}, the form Discord identifies a reaction by.
 * What people type is accepted too, as JDA's {@code Emoji.fromFormatted} does: {@code <:name:id>},
 * {@code <a:name:id>} (animated) and {@code a:name:id} all become {@code name:id}. Every transport
 * reads emoji through this, so {@code "<:party:123>"} and {@code "party:123"} are the same reaction.
 *
 * <pre>{@code
 * ReactionEmoji.of("<a:dance:456>").code()   // "dance:456"
 * ReactionEmoji.of("👍").code()              // "👍"
 * }</pre>
 *
 * @param code     the emoji as the api writes it
 * @param customId a custom emoji's id, empty for a unicode one
 * @param animated whether a custom emoji was written as animated ({@code <a:…>}); the code does not say
 */
public record ReactionEmoji(String code, Optional<String> customId, boolean animated) {

    /** {@code <:name:id>}, {@code <a:name:id>}, {@code a:name:id} or {@code name:id}. */
    private static final Pattern CUSTOM = Pattern.compile(
            "<(a?):(?<name>[A-Za-z0-9_]{2,32}):(?<id>\\d{1,20})>|(a:)?(?<bareName>[A-Za-z0-9_]{2,32}):(?<bareId>\\d{1,20})");

    public ReactionEmoji {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(customId, "customId");
    }

    /**
     * Reads an emoji as written.
     *
     * @throws IllegalArgumentException if it is blank
     */
    public static ReactionEmoji of(String written) {
        Objects.requireNonNull(written, "emoji");
        String emoji = written.strip();
        if (emoji.isEmpty()) {
            throw new IllegalArgumentException(
                    "an emoji is needed: a unicode one like 👍, or a server's custom one as <:name:id> or name:id");
        }
        Matcher custom = CUSTOM.matcher(emoji);
        if (custom.matches()) {
            boolean bracketed = custom.group("name") != null;
            String name = bracketed ? custom.group("name") : custom.group("bareName");
            String id = bracketed ? custom.group("id") : custom.group("bareId");
            boolean animated = bracketed ? !custom.group(1).isEmpty() : custom.group(4) != null;
            return new ReactionEmoji(name + ":" + id, Optional.of(id), animated);
        }
        return new ReactionEmoji(emoji, Optional.empty(), false);
    }

    /** {@link #of}'s code: the emoji as the api writes it. */
    public static String code(String written) {
        return of(written).code();
    }

    /** The custom emoji's name; for a unicode emoji, the emoji itself. */
    public String name() {
        return customId.map(id -> code.substring(0, code.length() - id.length() - 1)).orElse(code);
    }
}
