package dev.cogbot.api.checks;

import dev.cogbot.api.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member using the command must hold every one of these permissions in the channel it is used
 * in: their roles' permissions with the channel's overwrites applied
 * ({@link dev.cogbot.api.Channel#permissionsOf}: an administrator holds all), so a moderator denied
 * Manage Messages in one channel is refused there. Otherwise it fails with a
 * {@link dev.cogbot.api.error.MissingPermissions} naming what is missing ("You need the Manage
 * Messages permission to use !purge."); in a DM with a {@link dev.cogbot.api.error.NoPrivateMessage}.
 * Like discord.py's {@code @commands.has_permissions}; {@link RequireGuildPermissions} checks the
 * server-wide permissions instead. On a cog class it applies to every command of the cog;
 * {@code Checks.hasPermissions(...)} is the same check for {@code bot.addCheck}.
 *
 * <pre>{@code
 * @RequirePermissions(Permission.MANAGE_MESSAGES)
 * @Command(help = "Deletes the last messages")
 * public void purge(Context ctx, int count) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequirePermissions {

    /** The permissions required in the channel, all of them; at least one. */
    Permission[] value();
}
