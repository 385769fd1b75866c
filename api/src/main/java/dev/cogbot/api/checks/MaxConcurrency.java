package dev.cogbot.api.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@code value} runs of the command at once in each {@code bucket}, like discord.py's
 * {@code @commands.max_concurrency(number, per, wait=...)}. One more fails with a
 * {@link dev.cogbot.api.error.MaxConcurrencyReached} ("!quiz is already running in this channel; try
 * again when it is done."), or with {@code queue = true} waits its turn, first come
 * first served; a wait ends if the plugin is unloaded. A run counts from after the checks until its
 * after-invoke hooks are done, its waits for replies included.
 *
 * <pre>{@code
 * @MaxConcurrency(value = 1, bucket = BucketType.CHANNEL)   // one quiz per channel at a time
 * @Command(help = "Starts a quiz")
 * public void quiz(Context ctx) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxConcurrency {

    /** How many runs at once per bucket; at least 1. */
    int value();

    /** Whose runs count together; always named, as for {@link Cooldown#bucket()}. */
    BucketType bucket();

    /** Whether one run too many waits its turn instead of failing. */
    boolean queue() default false;
}
