package dev.cogbot.runtime.transport;

import java.util.Objects;

/**
 * Where a message lives, as a transport names it.
 *
 * @param guild the server the channel belongs to, or {@code null} for a direct message
 */
public record ChannelRef(String id, String name, GuildRef guild) {

    public ChannelRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A direct-message channel: in no server. */
    public ChannelRef(String id, String name) {
        this(id, name, null);
    }

    /** Whether this is a direct message rather than a server's channel. */
    public boolean isPrivate() {
        return guild == null;
    }
}
