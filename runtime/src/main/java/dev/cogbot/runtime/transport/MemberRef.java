package dev.cogbot.runtime.transport;

import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a transport knows of a user as a member of one server: plain data.
 *
 * <pre>{@code
 * new MemberRef(alice, "Alice", Set.of(Permission.SEND_MESSAGES), List.of(moderator), joined)
 * }</pre>
 *
 * @param displayName the name shown in the server (nickname, or the user's name)
 * @param permissions the member's server-wide permissions, as the network computes them
 * @param roles       the member's roles, lowest first, {@code @everyone} left out
 * @param joinedAt    when the user joined the server; {@code null} when the network did not say
 */
public record MemberRef(User user, String displayName, Set<Permission> permissions, List<Role> roles, Instant joinedAt) {

    public MemberRef {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        permissions = Set.copyOf(permissions);
        roles = List.copyOf(roles);
    }

    /**
     * Whether the member goes by exactly {@code name}, case counting as in discord.py: their user name,
     * or the name shown in the server (a nickname, or on Discord the user's display name).
     */
    public boolean isNamed(String name) {
        return user.name().equals(name) || displayName.equals(name);
    }

    /** A member known only by name and permissions: no roles, joining time unknown. */
    public static MemberRef of(User user, String displayName, Set<Permission> permissions) {
        return new MemberRef(user, displayName, permissions, List.of(), null);
    }
}
