package dev.cogbot.api;

import java.util.List;
import java.util.Optional;

/**
 * A server: a Discord guild, or the console's one room. Messages sent in a server carry it
 * ({@link Message#guild()}); direct messages do not.
 *
 * <pre>{@code
 * String where = ctx.message().guild().map(Guild::name).orElse("a DM");
 * }</pre>
 *
 * <p>Only the runtime implements {@code Guild}, and later versions add methods to it as the
 * platform grows: a plugin must not implement it, only use the ones the runtime hands it.
 */
public interface Guild {

    /** Stable identifier on the transport (a Discord snowflake). */
    String id();

    /** The server's name, e.g. {@code "Cog Test Guild"}. */
    String name();

    /** The id of the user who owns the server (on the console: the operator). */
    String ownerId();

    /** Whether {@code user} owns this server. */
    default boolean isOwnedBy(User user) {
        return ownerId().equals(user.id());
    }

    /**
     * The server's roles, lowest first, as the bot last saw them ({@code @everyone} included on Discord).
     *
     * <pre>{@code
     * Optional<Role> mods = guild.roles().stream().filter(r -> r.name().equals("Moderator")).findFirst();
     * }</pre>
     */
    List<Role> roles();

    /** The server's text channels and threads the bot can see, in the server's order. */
    List<Channel> channels();

    /**
     * The member with this user id, if the bot knows them: from its cache, else by asking the network.
     *
     * <pre>{@code
     * guild.member(userId).ifPresent(m -> ctx.send(m.displayName() + " joined " + m.joinedAt().orElseThrow()));
     * }</pre>
     */
    Optional<Member> member(String userId);

    /**
     * The members the bot holds in its cache: on the console, whoever typed there; in the test kit,
     * everyone known. On Discord the bot keeps no member list unless it has the privileged
     * server-members intent, so this is nearly empty there: find one member with {@link #member(String)},
     * which asks Discord, or find them by name with {@link #membersNamed(String)}.
     */
    List<Member> members();

    /**
     * The members whose user name or server nickname is exactly {@code name} (case counts, as in
     * discord.py): from the cache, else by asking the network, which on Discord needs no privileged
     * intent. Several members may share a nickname, so this is a list, empty when no one has the name.
     * The ask is bounded: Discord is asked for at most 100 members whose names start with {@code name},
     * and a name longer than 100 characters matches no one.
     *
     * <pre>{@code
     * guild.membersNamed("Bobby").stream().findFirst()
     *         .ifPresent(bob -> ctx.send(bob.mention() + ", Alice is looking for you"));
     * }</pre>
     */
    List<Member> membersNamed(String name);
}
