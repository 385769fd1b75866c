package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method as a chat command, like discord.py's {@code @commands.command}.
 *
 * <p>The method's first parameter is the {@link Context}; every further parameter is an argument
 * converted from the user's words by its type ({@code String}, {@code int}, {@code long},
 * {@code double}, {@code boolean}, {@link java.time.Duration}, enums) and described by {@link Arg}.
 * Anything the method throws reaches the error handlers; a {@link dev.cogbot.api.error.CommandError}
 * as it is, anything else wrapped in a {@link dev.cogbot.api.error.CommandInvokeError}.
 *
 * <pre>{@code
 * @Command(name = "hush", aliases = {"quiet", "shush", "sh"}, usage = "[duration]",
 *          help = "Mutes every command for a while (default 5 minutes)")
 * public void hush(Context ctx, @Arg(value = "duration", fallback = "5", unit = ChronoUnit.MINUTES) Duration d) {
 *     ...
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Command {

    /** The command's name; defaults to the method name in snake_case ({@code knockKnock} → {@code knock_knock}). */
    String name() default "";

    String[] aliases() default {};

    /** How its arguments read in help, e.g. {@code "[duration]"}; derived from the parameters when empty. */
    String usage() default "";

    /** Help text; the first line is the summary shown in the command list. */
    String help() default "";

    /** Hidden commands work but are not listed by {@code help}. */
    boolean hidden() default false;

    /**
     * Whether words beyond the last argument are ignored, as discord.py does by default; when
     * {@code false} they are a {@link dev.cogbot.api.error.TooManyArguments}.
     */
    boolean ignoreExtra() default true;
}
