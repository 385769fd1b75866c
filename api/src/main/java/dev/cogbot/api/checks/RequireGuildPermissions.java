package dev.cogbot.api.checks;

import dev.cogbot.api.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member using the command must hold every one of these permissions server-wide
 * ({@link dev.cogbot.api.Member#permissions()}: an administrator holds all), whatever the channel's
 * overwrites say: for commands about the server rather than the channel, such as its settings.
 * Otherwise it fails with a {@link dev.cogbot.api.error.MissingPermissions} naming what is missing; in
 * a DM with a {@link dev.cogbot.api.error.NoPrivateMessage}. Like discord.py's
 * {@code @commands.has_guild_permissions}; {@link RequirePermissions} checks the channel's. On a cog
 * class it applies to every command of the cog; {@code Checks.hasGuildPermissions(...)} is the same
 * check for {@code bot.addCheck}.
 *
 * <pre>{@code
 * @RequireGuildPermissions(Permission.MANAGE_GUILD)
 * @Command(help = "Sets the server's welcome message")
 * public void welcome(Context ctx, String text) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequireGuildPermissions {

    /** The server-wide permissions required, all of them; at least one. */
    Permission[] value();
}
