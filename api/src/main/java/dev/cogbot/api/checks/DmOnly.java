package dev.cogbot.api.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command works only in a DM with the bot; in a server it fails with a
 * {@link dev.cogbot.api.error.PrivateMessageOnly} ("!secret works only in a DM with me."), like
 * discord.py's {@code @commands.dm_only()}. On a cog class it applies to every command of the cog;
 * {@code Checks.dmOnly()} is the same check for {@code bot.addCheck}.
 *
 * <pre>{@code
 * @DmOnly
 * @Command(help = "Tells you your secret code")
 * public void code(Context ctx) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DmOnly {
}
