package dev.cogbot.api;

/** A chat message, on whatever transport the bot runs. */
public interface Message {

    String id();

    String content();

    User author();

    Channel channel();

    /** Adds the bot's reaction, e.g. {@code "🔇"}. */
    void addReaction(String emoji);

    /** Removes the bot's own reaction, like {@code message.remove_reaction(emoji, bot.user)}. */
    void removeReaction(String emoji);
}
