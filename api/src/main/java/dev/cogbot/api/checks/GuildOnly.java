package dev.cogbot.api.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command works only in a server; in a DM it fails with a
 * {@link dev.cogbot.api.error.NoPrivateMessage} ("!purge works only in a server."), like discord.py's
 * {@code @commands.guild_only()}. On a cog class it applies to every command of the cog. The same
 * check for every command of every plugin: {@code bot.addCheck(Checks.guildOnly())}.
 *
 * <pre>{@code
 * @GuildOnly
 * @Command(help = "Shows who is in this server")
 * public void members(Context ctx) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface GuildOnly {
}
