package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a {@link Command} is served as a Discord slash command. Every command is one already (a
 * hybrid command, as discord.py calls it): its options come from the method's parameters, their
 * descriptions from {@link Arg#help()}, and the same {@link Context} serves both kinds. This
 * annotation is only needed to change that.
 *
 * <pre>{@code
 * @Slash(false)                              // prefix only: !debug, no /debug
 * @Command(help = "Dumps internal state")
 * public void debug(Context ctx) { ... }
 *
 * @Slash(group = "quiz", name = "start")     // served as /quiz start, and still as !quiz_start
 * @Command(name = "quiz_start", help = "Starts a quiz")
 * public void start(Context ctx) { ... }
 * }</pre>
 *
 * <p>Names are checked when the plugin loads, with Discord's rules: lowercase letters, digits,
 * {@code -} and {@code _}, at most 32 characters; at most 25 options and 25 commands in a group.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Slash {

    /** Whether the command is also a slash command; {@code false} keeps it prefix-only. */
    boolean value() default true;

    /** The slash command's name; defaults to the command's {@linkplain Command#name() name}. */
    String name() default "";

    /**
     * The slash command this one is a subcommand of: {@code group = "plugins", name = "load"} is
     * served as {@code /plugins load}. Commands of several cogs of one plugin may share a group;
     * plugins may not share one.
     */
    String group() default "";
}
