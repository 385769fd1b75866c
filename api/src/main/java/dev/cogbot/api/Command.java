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
 * converted from the user's words by the {@link Converter} of its type and described by
 * {@link Arg}. Besides one word each, an argument can take:
 * <ul>
 *   <li>{@code Optional<T>}: a word if it converts, else {@code Optional.empty()} and the word is
 *       left for the next argument, as discord.py's {@code Optional[T]}; a word no later argument
 *       takes either is reported as the error it was ({@code [name]} in help);</li>
 *   <li>{@code List<T>}: as many words in a row as convert, maybe none, as discord.py's
 *       {@code Greedy[T]} ({@code [name]...} in help);</li>
 *   <li>{@code T...} (varargs, last): every word left, each of which must convert, as discord.py's
 *       {@code *args} ({@code [name...]} in help);</li>
 *   <li>{@code @Arg(rest = true) String} (last): the rest of the message as typed ({@code <name...>}).</li>
 * </ul>
 *
 * <pre>{@code
 * @Command(help = "Hugs everyone named, then says why")
 * public void hug(Context ctx, List<Member> who, Optional<Duration> howLong, @Arg(rest = true) String why) { ... }
 * }</pre>
 *
 * <p>Anything the method throws reaches the error handlers; a {@link dev.cogbot.api.error.CommandError}
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
