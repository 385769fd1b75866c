package dev.cogbot.api.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only the bot's owners ({@link dev.cogbot.api.Bot#isOwner}) may use the command; anyone else gets a
 * {@link dev.cogbot.api.error.NotOwner} ("Only the bot's owners can use !shutdown."), like
 * discord.py's {@code @commands.is_owner()}. On a cog class it applies to every command of the cog;
 * {@code Checks.ownerOnly()} is the same check for {@code bot.addCheck}.
 *
 * <pre>{@code
 * @OwnerOnly
 * @Command(help = "Says something as the bot")
 * public void say(Context ctx, @Arg(rest = true) String text) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OwnerOnly {
}
