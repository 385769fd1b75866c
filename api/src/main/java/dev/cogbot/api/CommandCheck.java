package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method {@code boolean m(Context ctx)} as a check of the named commands of the same
 * cog, like discord.py's {@code @commands.check}. Checks run bot-wide first, then the cog's
 * {@link Cog#cogCheck}, then the command's own; the first that fails stops the command with a
 * {@link dev.cogbot.api.error.CheckFailure}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CommandCheck {

    /** Names of the commands (of this cog) the check applies to. */
    String[] value();
}
