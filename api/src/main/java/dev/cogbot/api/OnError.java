package dev.cogbot.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a cog method {@code void m(Context ctx, CommandError error)} as the error handler of the
 * named commands of the same cog, like discord.py's {@code @command.error}. It is tried first, then
 * {@link Cog#cogCommandError}, then the bot-wide handlers; return normally to mark the error
 * handled, rethrow to pass it on.
 *
 * <pre>{@code
 * @OnError("knock_knock")
 * public void onKnockKnockError(Context ctx, CommandError error) {
 *     switch (error) {
 *         case CheckFailure blocked -> ctx.message().addReaction("🔇");
 *         case UserInputError silent -> ctx.send("Well, if you aren't talking, I'm not listening.");
 *         default -> throw error;
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnError {

    /** Names of the commands (of this cog) the handler is attached to. */
    String[] value();
}
