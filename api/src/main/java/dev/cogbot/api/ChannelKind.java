package dev.cogbot.api;

/**
 * What kind of place a {@link Channel} is.
 *
 * <pre>{@code
 * if (ctx.channel().kind() == ChannelKind.THREAD) ctx.send("Let's keep this thread short.");
 * }</pre>
 */
public enum ChannelKind {
    /** A server's text channel (the console's {@code #general} is one). */
    TEXT,
    /** A thread inside a server's channel. */
    THREAD,
    /** A direct message between one user and the bot. */
    DM
}
