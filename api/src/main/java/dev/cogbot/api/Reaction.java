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
 * @param emoji a unicode emoji ({@code "👍"}) or a custom one as {@code name:id}
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
