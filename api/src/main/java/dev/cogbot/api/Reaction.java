package dev.cogbot.api;

import java.util.Objects;

/**
 * One emoji's reactions on a message, as the message was last seen: who reacted is fetched with
 * {@link Message#reactors(String)}.
 *
 * <pre>{@code
 * int yes = poll.reactions().stream().filter(r -> r.emoji().equals("👍")).mapToInt(Reaction::count).sum();
 * }</pre>
 *
 * <p><b>How emoji are written</b>, here and in every reaction event: a unicode emoji as itself
 * ({@code "👍"}); a server's custom emoji as {@code name:id} ({@code "party:123"}), animated or not,
 * which is how Discord identifies a reaction. Where the bot is given an emoji
 * ({@link Message#addReaction}, {@link Message#removeReaction}, {@link Message#reactors}) the typed
 * forms are read too: {@code <:party:123>}, {@code <a:dance:456>} and {@code a:dance:456} mean
 * {@code party:123} and {@code dance:456}.
 *
 * @param emoji a unicode emoji ({@code "👍"}) or a custom one as {@code name:id}, never {@code <…>} or {@code a:…}
 * @param count how many users reacted with it
 * @param me    whether the bot is one of them
 */
public record Reaction(String emoji, int count, boolean me) {

    public Reaction {
        Objects.requireNonNull(emoji, "emoji");
        if (count < 0) {
            throw new IllegalArgumentException("a reaction count cannot be negative: " + count);
        }
    }
}
