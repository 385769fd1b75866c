package dev.cogbot.api;

/** A place messages are sent to: a guild text channel, a DM, or the console's {@code #general}. */
public interface Channel {

    String id();

    /** A human-readable name, e.g. {@code "general"}. */
    String name();

    /**
     * Whether this is a direct message with one user rather than a server's channel.
     *
     * <pre>{@code
     * if (ctx.channel().isPrivate()) { ctx.send("Only in a server, please."); return; }
     * }</pre>
     */
    boolean isPrivate();

    /** Sends a message in which only user mentions ping (see {@link AllowedMentions}), and returns it. */
    default Message send(String text) {
        return send(text, AllowedMentions.users());
    }

    /**
     * Sends a message in which the {@code mentions} allowed ping, and returns it.
     *
     * <pre>{@code
     * channel.send("@here the vote is open", AllowedMentions.users().withEveryone());
     * }</pre>
     */
    Message send(String text, AllowedMentions mentions);

    /** Shows "is typing…" until the returned handle is closed. */
    Typing typing();
}
