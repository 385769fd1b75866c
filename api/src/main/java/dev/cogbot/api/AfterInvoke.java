package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method {@code void m(Context ctx)} as a hook run after the named commands of the same
 * cog, like discord.py's {@code @command.after_invoke}. It runs even when the command failed; {@link Context#commandFailed()} tells.
 *
 * <pre>{@code
 * @AfterInvoke({"knock_knock", "lightbulb"})
 * public void countJoke(Context ctx) {
 *     if (!ctx.commandFailed()) ctx.bot().sharedStore("jokes").increment("told");
 * }
 * }</pre>
 *
 * <p>Hooks run in discord.py's order: the command's own, then the cog's
 * ({@link Cog#cogAfterInvoke(Context)}), then the bot-wide ones.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterInvoke {

    /** Names of the commands (of this cog) the hook is attached to. */
    String[] value();
}
