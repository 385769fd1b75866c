package dev.cogbot.api;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which mentions in a message the bot sends may actually ping. The text itself is never changed; a
 * mention not allowed shows as usual but notifies nobody.
 *
 * <p>Every message allows {@link #users() user mentions only} unless its sender says otherwise, so
 * echoing a user's words ("I don't know !@everyone") can never ping a whole server. Allow more for
 * one message when the plugin means it:
 *
 * <pre>{@code
 * ctx.send("@everyone the server restarts in 5 minutes", AllowedMentions.users().withEveryone());
 * ctx.send("<@&" + roleId + "> your raid starts", AllowedMentions.users().withRoles(roleId));
 * ctx.send("Quoting " + text, AllowedMentions.none());
 * }</pre>
 *
 * <p>Made only by its factories and withers, never by a constructor, so that later versions can add
 * choices (particular users, whether a reply pings its author) without breaking a plugin. Immutable:
 * every wither returns a copy.
 */
public final class AllowedMentions {

    /** A kind of mention, as Discord's {@code allowed_mentions.parse} names them. */
    public enum Kind {
        /** {@code <@id>}: one user. */
        USERS,
        /** {@code <@&id>}: everyone with a role. */
        ROLES,
        /** {@code @everyone} and {@code @here}. */
        EVERYONE
    }

    private static final AllowedMentions USERS_ONLY = new AllowedMentions(EnumSet.of(Kind.USERS), Set.of());
    private static final AllowedMentions NONE = new AllowedMentions(EnumSet.noneOf(Kind.class), Set.of());

    private final Set<Kind> kinds;
    private final Set<String> roleIds;

    private AllowedMentions(EnumSet<Kind> kinds, Set<String> roleIds) {
        this.kinds = Set.copyOf(kinds);
        this.roleIds = Set.copyOf(roleIds);
    }

    /**
     * User mentions ping, nothing else does: what every message allows unless told otherwise.
     *
     * <pre>{@code
     * ctx.send("<@" + user.id() + "> your turn", AllowedMentions.users());
     * }</pre>
     */
    public static AllowedMentions users() {
        return USERS_ONLY;
    }

    /**
     * No mention pings, not even a user's.
     *
     * <pre>{@code
     * ctx.send("You said: " + text, AllowedMentions.none());
     * }</pre>
     */
    public static AllowedMentions none() {
        return NONE;
    }

    /**
     * This, and {@code @everyone} and {@code @here} ping too.
     *
     * <pre>{@code
     * AllowedMentions.users().withEveryone()
     * }</pre>
     */
    public AllowedMentions withEveryone() {
        return with(Kind.EVERYONE);
    }

    /**
     * This, and every role mention pings too.
     *
     * <pre>{@code
     * AllowedMentions.none().withAllRoles()
     * }</pre>
     */
    public AllowedMentions withAllRoles() {
        return with(Kind.ROLES);
    }

    /**
     * This, and mentions of these roles ping too.
     *
     * <pre>{@code
     * AllowedMentions.users().withRoles(raidersRoleId)
     * }</pre>
     *
     * @throws NullPointerException if an id is null
     */
    public AllowedMentions withRoles(String... ids) {
        Set<String> more = new HashSet<>(roleIds);
        for (String id : ids) {
            more.add(Objects.requireNonNull(id, "role id"));
        }
        return new AllowedMentions(kindsCopy(), more);
    }

    /**
     * Whether mentions of {@code kind} ping wherever they appear.
     *
     * <pre>{@code
     * AllowedMentions.users().allows(AllowedMentions.Kind.EVERYONE) // false
     * }</pre>
     */
    public boolean allows(Kind kind) {
        return kinds.contains(kind);
    }

    /**
     * The kinds of mention that ping wherever they appear; unmodifiable.
     *
     * <pre>{@code
     * AllowedMentions.users().kinds() // [USERS]
     * }</pre>
     */
    public Set<Kind> kinds() {
        return kinds;
    }

    /**
     * The particular roles that may be pinged although {@link Kind#ROLES} is not allowed; unmodifiable.
     *
     * <pre>{@code
     * AllowedMentions.users().withRoles("42").roleIds() // ["42"]
     * }</pre>
     */
    public Set<String> roleIds() {
        return roleIds;
    }

    private AllowedMentions with(Kind kind) {
        EnumSet<Kind> more = kindsCopy();
        more.add(kind);
        return new AllowedMentions(more, roleIds);
    }

    private EnumSet<Kind> kindsCopy() {
        return kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllowedMentions that && kinds.equals(that.kinds) && roleIds.equals(that.roleIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kinds, roleIds);
    }

    @Override
    public String toString() {
        // in a stable order, so that logs and test failures read the same every run
        return "AllowedMentions[kinds=" + kindsCopy() + ", roleIds=" + new TreeSet<>(roleIds) + "]";
    }
}
