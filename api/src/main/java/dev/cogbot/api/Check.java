package dev.cogbot.api;

/**
 * A predicate on an invocation. {@code false} fails the command with a
 * {@link dev.cogbot.api.error.CheckDeclined}, which the user is <b>not</b> told of (it is logged at
 * DEBUG with the check's name): that is how a bot-wide check keeps the bot quiet. To tell the user
 * why, throw a {@link dev.cogbot.api.error.CheckFailure} with a message instead; it is shown as it is.
 * Ready-made checks are in {@link dev.cogbot.api.checks.Checks}.
 *
 * <pre>{@code
 * bot.addCheck(ctx -> {
 *     if (maintenance) throw new CheckFailure("The bot is down for maintenance until 18:00.");
 *     return true;
 * });
 * }</pre>
 */
@FunctionalInterface
public interface Check {
    boolean test(Context ctx);
}
