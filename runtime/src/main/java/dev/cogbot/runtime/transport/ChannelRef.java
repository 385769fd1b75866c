package dev.cogbot.runtime.transport;

import dev.cogbot.api.ChannelKind;
import java.util.Objects;

/**
 * Where a message lives, as a transport names it: a server's channel or thread, or a direct message.
 *
 * <pre>{@code
 * ChannelRef general = new ChannelRef("42", "general", new GuildRef("7", "Cog Club", "1"));
 * ChannelRef dm = ChannelRef.dm("43", "DM with alice");
 * }</pre>
 *
 * @param guild the server the channel belongs to, or {@code null} for a direct message (say so
 *              with {@link #dm})
 * @param kind  {@link ChannelKind#DM} exactly when {@code guild} is null
 */
public record ChannelRef(String id, String name, GuildRef guild, ChannelKind kind) {

    public ChannelRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((guild == null) != (kind == ChannelKind.DM)) {
            throw new IllegalArgumentException("a channel is a DM exactly when it is in no server: " + kind
                    + (guild == null ? " without" : " in") + " a server");
        }
    }

    /** A server's text channel. */
    public ChannelRef(String id, String name, GuildRef guild) {
        this(id, name, Objects.requireNonNull(guild, "guild"), ChannelKind.TEXT);
    }

    /** A direct-message channel: in no server. */
    public static ChannelRef dm(String id, String name) {
        return new ChannelRef(id, name, null, ChannelKind.DM);
    }

    /** Whether this is a direct message rather than a server's channel. */
    public boolean isPrivate() {
        return guild == null;
    }
}
