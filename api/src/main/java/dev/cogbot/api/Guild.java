package dev.cogbot.api;

/**
 * A server: a Discord guild, or the console's one room. Messages sent in a server carry it
 * ({@link Message#guild()}); direct messages do not.
 *
 * <pre>{@code
 * String where = ctx.message().guild().map(Guild::name).orElse("a DM");
 * }</pre>
 *
 * <p>Only the runtime implements {@code Guild}, and later versions add methods to it as the
 * platform grows: a plugin must not implement it, only use the ones the runtime hands it.
 */
public interface Guild {

    /** Stable identifier on the transport (a Discord snowflake). */
    String id();

    /** The server's name, e.g. {@code "Cog Test Guild"}. */
    String name();
}
