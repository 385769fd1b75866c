package dev.cogbot.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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
 * @param kinds   the kinds of mention that ping wherever they appear
 * @param roleIds particular roles that may be pinged although {@link Kind#ROLES} is not allowed
 */
public record AllowedMentions(Set<Kind> kinds, Set<String> roleIds) {

    /** A kind of mention, as Discord's {@code allowed_mentions.parse} names them. */
    public enum Kind {
        /** {@code <@id>}: one user. */
        USERS,
        /** {@code <@&id>}: everyone with a role. */
        ROLES,
        /** {@code @everyone} and {@code @here}. */
        EVERYONE
    }

    private static final AllowedMentions USERS_ONLY = new AllowedMentions(Set.of(Kind.USERS), Set.of());
    private static final AllowedMentions NONE = new AllowedMentions(Set.of(), Set.of());

    public AllowedMentions {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        roleIds = Set.copyOf(roleIds);
    }

    /** User mentions ping, nothing else does: what every message allows unless told otherwise. */
    public static AllowedMentions users() {
        return USERS_ONLY;
    }

    /** No mention pings, not even a user's. */
    public static AllowedMentions none() {
        return NONE;
    }

    /** This, and {@code @everyone} and {@code @here} ping too. */
    public AllowedMentions withEveryone() {
        return with(Kind.EVERYONE);
    }

    /** This, and every role mention pings too. */
    public AllowedMentions withAllRoles() {
        return with(Kind.ROLES);
    }

    /** This, and mentions of these roles ping too. */
    public AllowedMentions withRoles(String... ids) {
        Set<String> more = new java.util.HashSet<>(roleIds);
        for (String id : ids) {
            more.add(Objects.requireNonNull(id, "role id"));
        }
        return new AllowedMentions(kinds, more);
    }

    /** Whether mentions of {@code kind} ping. */
    public boolean allows(Kind kind) {
        return kinds.contains(kind);
    }

    private AllowedMentions with(Kind kind) {
        EnumSet<Kind> more = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
        more.add(kind);
        return new AllowedMentions(more, roleIds);
    }
}
