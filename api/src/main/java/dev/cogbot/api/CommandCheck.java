package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method {@code boolean m(Context ctx)} as a check of the named commands of the same
 * cog, like discord.py's {@code @commands.check}. Checks run bot-wide first, then the cog's
 * {@link Cog#cogCheck}, then the ready-made ones ({@link dev.cogbot.api.checks}) of the cog class and
 * of the method, then these; the first that fails stops the command. Returning {@code false} fails it
 * silently (a {@link dev.cogbot.api.error.CheckDeclined}, logged at DEBUG); throwing a
 * {@link dev.cogbot.api.error.CheckFailure} with a message tells the user that message.
 *
 * <pre>{@code
 * @CommandCheck("purge")
 * public boolean inModLog(Context ctx) {
 *     if (!ctx.channel().name().equals("mod-log")) throw new CheckFailure("Use !purge in #mod-log.");
 *     return true;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CommandCheck {

    /** Names of the commands (of this cog) the check applies to. */
    String[] value();
}
