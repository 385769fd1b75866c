package dev.cogbot.runtime.transport;

import dev.cogbot.api.ChannelKind;
import java.util.Objects;

/**
 * Where a message lives, as a transport names it: a server's channel or thread, or a direct message.
 *
 * <pre>{@code
 * ChannelRef general = new ChannelRef("42", "general", new GuildRef("7", "Cog Club", "1"));
 * ChannelRef dm = ChannelRef.dm("43", "DM with alice", "1001");
 * }</pre>
 *
 * @param guild       the server the channel belongs to, or {@code null} for a direct message (say so
 *                    with {@link #dm})
 * @param kind        {@link ChannelKind#DM} exactly when {@code guild} is null
 * @param recipientId for a DM, the id of the user the bot talks to in it, when the transport knows
 *                    it; {@code null} otherwise. Kept so that a DM can be opened again from the user
 *                    after a restart (a durable timer's), where Discord keeps no DM channels cached.
 */
public record ChannelRef(String id, String name, GuildRef guild, ChannelKind kind, String recipientId) {

    public ChannelRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((guild == null) != (kind == ChannelKind.DM)) {
            throw new IllegalArgumentException("a channel is a DM exactly when it is in no server: " + kind
                    + (guild == null ? " without" : " in") + " a server");
        }
        if (recipientId != null && kind != ChannelKind.DM) {
            throw new IllegalArgumentException("only a DM has a recipient; " + kind + " channel " + id + " has " + recipientId);
        }
    }

    /** A server's channel or thread of the given kind. */
    public ChannelRef(String id, String name, GuildRef guild, ChannelKind kind) {
        this(id, name, Objects.requireNonNull(guild, "guild"), kind, null);
    }

    /** A server's text channel. */
    public ChannelRef(String id, String name, GuildRef guild) {
        this(id, name, Objects.requireNonNull(guild, "guild"), ChannelKind.TEXT);
    }

    /** A direct-message channel, in no server, with a user the transport does not name. */
    public static ChannelRef dm(String id, String name) {
        return dm(id, name, null);
    }

    /** A direct-message channel with the user {@code recipientId} ({@code null} when unknown). */
    public static ChannelRef dm(String id, String name, String recipientId) {
        return new ChannelRef(id, name, null, ChannelKind.DM, recipientId);
    }

    /** Whether this is a direct message rather than a server's channel. */
    public boolean isPrivate() {
        return guild == null;
    }
}
