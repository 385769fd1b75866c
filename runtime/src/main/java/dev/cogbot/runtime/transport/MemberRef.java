package dev.cogbot.runtime.transport;

import dev.cogbot.api.Permission;
import java.util.Objects;
import java.util.Set;

/**
 * What a transport knows of a message's author as a member of the message's server: plain data.
 *
 * @param displayName the name shown in the server (nickname, or the user's name)
 * @param permissions the member's server-wide permissions, as the network computes them
 */
public record MemberRef(String displayName, Set<Permission> permissions) {

    public MemberRef {
        Objects.requireNonNull(displayName, "displayName");
        permissions = Set.copyOf(permissions);
    }
}
