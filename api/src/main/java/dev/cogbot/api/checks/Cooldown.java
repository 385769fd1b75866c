package dev.cogbot.api.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * The command may be used {@code rate} times per {@code per} {@code unit} in each {@code bucket},
 * like discord.py's {@code @commands.cooldown(rate, per, type)}. One use too many fails with a
 * {@link dev.cogbot.api.error.CommandOnCooldown} that says how long to wait ("!daily is on cooldown
 * for you; try again in 23h59m."). A window opens at the first use and lasts {@code per}; the
 * uses counted are those that got past the checks and whose arguments converted, so a typo costs
 * nothing. Time is the bot's clock. {@link dev.cogbot.api.Context#resetCooldown()} gives a use back,
 * e.g. when the command could not do its job.
 *
 * <p>The counts belong to the loaded command: unloading or reloading its plugin forgets them, and
 * a bucket no longer on cooldown is forgotten too, so they take memory only while they matter.
 *
 * <pre>{@code
 * @Cooldown(rate = 1, per = 30, bucket = BucketType.CHANNEL)   // once per 30 s per channel
 * @Command(help = "Starts a trivia round")
 * public void trivia(Context ctx) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cooldown {

    /** How many uses per window; at least 1. */
    int rate();

    /** How long a window lasts, in {@link #unit()}s; positive. */
    long per();

    ChronoUnit unit() default ChronoUnit.SECONDS;

    /**
     * Whose uses count together; always named. discord.py defaults to one bucket for the whole bot,
     * which quietly turns a "once a day" meant per user into once a day for everyone: saying which
     * costs one word and reads plainly at the command.
     */
    BucketType bucket();
}
