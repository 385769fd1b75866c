package dev.cogbot.runtime.transport;

import java.util.Objects;

/**
 * A server as a transport names it: plain data. The runtime turns it into an api
 * {@link dev.cogbot.api.Guild} whose lookups (roles, channels, members) ask the transport.
 *
 * @param ownerId the id of the user who owns the server
 */
public record GuildRef(String id, String name, String ownerId) {

    public GuildRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
