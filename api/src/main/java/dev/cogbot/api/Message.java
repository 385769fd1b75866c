package dev.cogbot.api;

import java.util.Optional;

/**
 * A chat message, on whatever transport the bot runs.
 *
 * <pre>{@code
 * Message said = ctx.message();
 * if (said.content().contains("thanks")) said.addReaction("👍");
 * }</pre>
 *
 * <p>Only the runtime implements {@code Message}, and later versions add methods to it as the
 * platform grows: a plugin must not implement it, only use the ones the runtime hands it.
 */
public interface Message {

    String id();

    String content();

    User author();

    Channel channel();

    /**
     * The server it was sent in, that of its {@link #channel()}; empty in a direct message.
     *
     * <pre>{@code
     * String scope = message.guild().map(Guild::id).orElse("dm:" + message.channel().id());
     * }</pre>
     */
    default Optional<Guild> guild() {
        return channel().guild();
    }

    /**
     * The author as a member of {@link #guild()}, with their permissions there; empty in a direct
     * message (and for a message the bot sent).
     *
     * <pre>{@code
     * boolean moderator = message.member().map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES)).orElse(false);
     * }</pre>
     */
    Optional<Member> member();

    /** Adds the bot's reaction, e.g. {@code "🔇"}. */
    void addReaction(String emoji);

    /** Removes the bot's own reaction, like {@code message.remove_reaction(emoji, bot.user)}. */
    void removeReaction(String emoji);
}
