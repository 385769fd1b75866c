package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Describes a command argument: its name in help and errors, an optional fallback for when the user
 * leaves it out (discord.py's {@code mns: int = 5}), and how to read it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Arg {

    /** Marks an argument without a fallback: leaving it out is a {@link dev.cogbot.api.error.MissingArgument}. */
    String REQUIRED = "\u0000required";

    /** The argument's name; defaults to the parameter's name. */
    String value() default "";

    /**
     * The text used when the user leaves the argument out, converted like the user's own words. An
     * {@code Optional}, {@code List} or varargs argument takes none: left out, it is empty.
     */
    String fallback() default REQUIRED;

    /**
     * A key of the plugin's {@link Settings} whose value, when set, replaces {@link #fallback()}: an
     * operator can change a default without a rebuild. The value is read like the user's own words.
     *
     * <pre>{@code
     * @Arg(value = "duration", fallback = "5", setting = "default", unit = ChronoUnit.MINUTES) Duration d
     * }</pre>
     */
    String setting() default "";

    /** For {@link java.time.Duration} arguments: the unit of a bare number ({@code 5} → 5 minutes). */
    ChronoUnit unit() default ChronoUnit.SECONDS;

    /** Takes the rest of the message, spaces included; only for the last {@code String} argument. */
    boolean rest() default false;

    /**
     * What the argument is, in a few words: the description of its slash command option (at most
     * 100 characters; defaults to the argument's name).
     *
     * <pre>{@code
     * @Arg(value = "duration", help = "how long to stay quiet, e.g. 30s or 5m") Duration d
     * }</pre>
     */
    String help() default "";

    /**
     * The name of a method of the same cog that suggests values while a user types the argument
     * of the slash command (Discord's autocomplete): {@code List<String> name(String typed)}, which
     * answers at most 25 suggestions. Checked when the plugin loads.
     *
     * <pre>{@code
     * @Command(help = "Shows a tag")
     * public void tag(Context ctx, @Arg(complete = "tagNames") String name) { ... }
     *
     * List<String> tagNames(String typed) {
     *     return tags.keys().stream().filter(k -> k.startsWith(typed)).limit(25).toList();
     * }
     * }</pre>
     */
    String complete() default "";
}
