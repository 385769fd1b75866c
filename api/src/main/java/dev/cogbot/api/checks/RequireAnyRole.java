package dev.cogbot.api.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member using the command must have at least one of these roles, each named by its name
 * (case-insensitive) or its id ({@link dev.cogbot.api.Member#hasAnyRole}). Otherwise it fails with
 * a {@link dev.cogbot.api.error.MissingAnyRole} ("You need the Moderator role to use !warn."); in a
 * DM, where nobody has roles, with a {@link dev.cogbot.api.error.NoPrivateMessage}. Like discord.py's
 * {@code @commands.has_any_role}. On a cog class it applies to every command of the cog;
 * {@code Checks.hasAnyRole(...)} is the same check for {@code bot.addCheck}.
 *
 * <pre>{@code
 * @RequireAnyRole({"Moderator", "Admin"})
 * @Command(help = "Warns a member")
 * public void warn(Context ctx, Member who) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequireAnyRole {

    /** Role names or ids, any one of which will do; at least one. */
    String[] value();
}
