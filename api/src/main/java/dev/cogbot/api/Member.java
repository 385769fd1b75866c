package dev.cogbot.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A user as a member of one server: who they are there and what they may do.
 *
 * <pre>{@code
 * Optional<Member> author = ctx.message().member();   // empty in a DM
 * if (author.isPresent() && author.get().hasPermissions(Permission.MANAGE_MESSAGES)) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Only the runtime implements {@code Member}, and later versions add methods to it as the
 * platform grows: a plugin must not implement it, only use the ones the runtime hands it.
 */
public interface Member {

    /** The user behind the membership. */
    User user();

    /** The user's id: the same as {@code user().id()}. */
    default String id() {
        return user().id();
    }

    /** The server this membership is in. */
    Guild guild();

    /** The text that mentions the member in a message: {@code <@id>}. */
    default String mention() {
        return "<@" + id() + ">";
    }

    /** The member's roles, lowest first; {@code @everyone} is not listed. */
    List<Role> roles();

    /**
     * Whether the member has at least one of these roles, each given by name (case-insensitive) or by id.
     *
     * <pre>{@code
     * if (member.hasAnyRole("Moderator", "Admin")) { ... }
     * }</pre>
     */
    default boolean hasAnyRole(String... namesOrIds) {
        for (Role role : roles()) {
            for (String wanted : namesOrIds) {
                if (role.id().equals(wanted) || role.name().equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** When the user joined the server, when the network says. */
    Optional<Instant> joinedAt();

    /** The name shown in the server: the server nickname if set, else the user's name. */
    String displayName();

    /**
     * The member's server-wide permissions as the network computes them: its roles' together, and
     * every permission for the server's owner and administrators. A channel's overwrites may deny
     * some of them there: {@link Channel#permissionsOf(Member)} says what the member may do in one channel.
     */
    Set<Permission> permissions();

    /**
     * Whether the member has all of {@code wanted}; an {@link Permission#ADMINISTRATOR} has every one.
     *
     * <pre>{@code
     * member.hasPermissions(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)
     * }</pre>
     */
    default boolean hasPermissions(Permission... wanted) {
        return missing(wanted).isEmpty();
    }

    /**
     * Which of {@code wanted} the member lacks; none for an {@link Permission#ADMINISTRATOR}.
     *
     * <pre>{@code
     * Set<Permission> lacking = member.missing(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS);
     * }</pre>
     */
    default Set<Permission> missing(Permission... wanted) {
        return Permission.missing(permissions(), List.of(wanted));
    }
}
