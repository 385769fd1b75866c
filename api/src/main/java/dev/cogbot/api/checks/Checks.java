package dev.cogbot.api.checks;

import dev.cogbot.api.Check;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import dev.cogbot.api.Permission;
import dev.cogbot.api.error.BotMissingPermissions;
import dev.cogbot.api.error.MissingAnyRole;
import dev.cogbot.api.error.MissingPermissions;
import dev.cogbot.api.error.NoPrivateMessage;
import dev.cogbot.api.error.NotOwner;
import dev.cogbot.api.error.PrivateMessageOnly;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ready-made checks, for {@link dev.cogbot.api.Bot#addCheck} to apply to every command of every
 * plugin. They are the very checks the annotations ({@link GuildOnly}, {@link RequirePermissions}, …)
 * put on one command or one cog. Each says no by throwing the typed
 * {@link dev.cogbot.api.error.CheckFailure} that names what is missing, which the user is told by
 * default.
 *
 * <pre>{@code
 * @Override
 * public void onLoad(Bot bot) {
 *     bot.addCheck(Checks.guildOnly());   // this bot answers in servers only
 * }
 * }</pre>
 */
public final class Checks {

    private static final Check GUILD_ONLY = named("@GuildOnly", ctx -> {
        if (ctx.channel().isPrivate()) {
            throw new NoPrivateMessage();
        }
        return true;
    });

    private static final Check DM_ONLY = named("@DmOnly", ctx -> {
        if (!ctx.channel().isPrivate()) {
            throw new PrivateMessageOnly();
        }
        return true;
    });

    private static final Check OWNER_ONLY = named("@OwnerOnly", ctx -> {
        if (!ctx.bot().isOwner(ctx.author())) {
            throw new NotOwner("only the bot's owners can use this");
        }
        return true;
    });

    private Checks() {
    }

    /** Only in a server: a DM fails with {@link NoPrivateMessage}. See {@link GuildOnly}. */
    public static Check guildOnly() {
        return GUILD_ONLY;
    }

    /** Only in a DM: a server fails with {@link PrivateMessageOnly}. See {@link DmOnly}. */
    public static Check dmOnly() {
        return DM_ONLY;
    }

    /** Only the bot's owners: anyone else fails with {@link NotOwner}. See {@link OwnerOnly}. */
    public static Check ownerOnly() {
        return OWNER_ONLY;
    }

    /**
     * The member must hold all of {@code required} in the channel the command is used in, its
     * overwrites applied ({@link dev.cogbot.api.Channel#permissionsOf}): else {@link MissingPermissions}
     * (in a DM, {@link NoPrivateMessage}). See {@link RequirePermissions}.
     *
     * <pre>{@code
     * bot.addCheck(Checks.hasPermissions(Permission.MANAGE_MESSAGES));   // a moderators' bot
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code required} is empty
     */
    public static Check hasPermissions(Permission... required) {
        Set<Permission> wanted = atLeastOne(required, "hasPermissions");
        return named("@RequirePermissions" + wanted, ctx -> {
            Member member = ctx.message().member().orElseThrow(NoPrivateMessage::new);
            return holds(ctx.channel().permissionsOf(member), wanted);
        });
    }

    /**
     * The member must hold all of {@code required} server-wide ({@link Member#permissions()}), whatever
     * the channel's overwrites say: else {@link MissingPermissions} (in a DM, {@link NoPrivateMessage}).
     * See {@link RequireGuildPermissions}.
     *
     * <pre>{@code
     * bot.addCheck(Checks.hasGuildPermissions(Permission.MANAGE_GUILD));   // a bot for the server's admins
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code required} is empty
     */
    public static Check hasGuildPermissions(Permission... required) {
        Set<Permission> wanted = atLeastOne(required, "hasGuildPermissions");
        return named("@RequireGuildPermissions" + wanted, ctx -> {
            Member member = ctx.message().member().orElseThrow(NoPrivateMessage::new);
            return holds(member.permissions(), wanted);
        });
    }

    private static boolean holds(Set<Permission> held, Set<Permission> wanted) {
        Set<Permission> missing = Permission.missing(held, wanted);
        if (!missing.isEmpty()) {
            throw new MissingPermissions(missing);
        }
        return true;
    }

    /**
     * The member must have at least one of these roles, by name (case-insensitive) or id: else
     * {@link MissingAnyRole} (in a DM, {@link NoPrivateMessage}). See {@link RequireAnyRole}.
     *
     * <pre>{@code
     * bot.addCheck(Checks.hasAnyRole("Staff"));   // a staff-only bot
     * }</pre>
     *
     * @throws IllegalArgumentException if no role is given, or one is blank
     */
    public static Check hasAnyRole(String... namesOrIds) {
        List<String> roles = List.of(namesOrIds);
        if (roles.isEmpty() || roles.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("hasAnyRole needs at least one role name or id, none blank");
        }
        return named("@RequireAnyRole" + roles, ctx -> {
            Member member = ctx.message().member().orElseThrow(NoPrivateMessage::new);
            if (!member.hasAnyRole(namesOrIds.clone())) {
                throw new MissingAnyRole(roles);
            }
            return true;
        });
    }

    /**
     * The bot must hold all of {@code required} in the channel: else {@link BotMissingPermissions}.
     * See {@link RequireBotPermissions}.
     *
     * @throws IllegalArgumentException if {@code required} is empty
     */
    public static Check botHasPermissions(Permission... required) {
        Set<Permission> wanted = atLeastOne(required, "botHasPermissions");
        return named("@RequireBotPermissions" + wanted, ctx -> {
            Set<Permission> missing = Permission.missing(ctx.channel().botPermissions(), wanted);
            if (!missing.isEmpty()) {
                throw new BotMissingPermissions(missing);
            }
            return true;
        });
    }

    private static Set<Permission> atLeastOne(Permission[] required, String what) {
        List<Permission> listed = List.of(required);
        if (listed.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one permission");
        }
        return Set.copyOf(EnumSet.copyOf(listed));
    }

    private static Check named(String name, Check check) {
        return new NamedCheck(name, check);
    }
}
