package dev.cogbot.runtime.transport;

import java.util.Objects;

/**
 * Where a message lives, as a transport names it: a server's channel, or a direct message.
 *
 * <pre>{@code
 * ChannelRef general = new ChannelRef("42", "general", new GuildRef("7", "Cog Club"));
 * ChannelRef dm = ChannelRef.dm("43", "DM with alice");
 * }</pre>
 *
 * @param guild the server the channel belongs to, or {@code null} for a direct message (say so
 *              with {@link #dm})
 */
public record ChannelRef(String id, String name, GuildRef guild) {

    public ChannelRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A direct-message channel: in no server. */
    public static ChannelRef dm(String id, String name) {
        return new ChannelRef(id, name, null);
    }

    /** Whether this is a direct message rather than a server's channel. */
    public boolean isPrivate() {
        return guild == null;
    }
}
