package dev.cogbot.api;

/**
 * The bot-wide scope of a store (a plugin's own, or a shared one), and the way to its narrower
 * scopes: one per server, per channel, per user and per member of a server. Each scope has its own
 * names, so {@code "xp"} of one member is not {@code "xp"} of another.
 *
 * <pre>{@code
 * GlobalStore store = bot.store();
 * store.increment("greetings");                       // counted once, bot-wide
 * store.guild(guild).put("welcome-channel", "42");    // one value per server
 * store.channel(ctx.channel()).increment("messages"); // one counter per channel
 * store.user(ctx.author()).put("timezone", "Europe/Paris");
 * store.member(guild, ctx.author()).add("xp", 10);    // the same user has other xp in another server
 * }</pre>
 *
 * <p>A channel's scope belongs to its server's: {@code store.guild(guild).clear()} deletes it too,
 * and so with a member's.
 */
public interface GlobalStore extends Store {

    /** The scope of one server. */
    Store guild(Guild guild);

    /** The scope of one channel (a server's, or a DM). */
    Store channel(Channel channel);

    /** The scope of one user, the same in every server and in DMs. */
    Store user(User user);

    /** The scope of one user as a member of one server. */
    Store member(Guild guild, User user);
}
