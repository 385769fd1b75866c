package dev.cogbot.runtime.commands;

import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.Context;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Durations;
import dev.cogbot.api.Permission;
import dev.cogbot.api.error.BotMissingPermissions;
import dev.cogbot.api.error.CheckDeclined;
import dev.cogbot.api.error.CheckFailure;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.api.error.CommandNotFound;
import dev.cogbot.api.error.CommandOnCooldown;
import dev.cogbot.api.error.MaxConcurrencyReached;
import dev.cogbot.api.error.MissingAnyRole;
import dev.cogbot.api.error.MissingPermissions;
import dev.cogbot.api.error.NoPrivateMessage;
import dev.cogbot.api.error.NotOwner;
import dev.cogbot.api.error.PrivateMessageOnly;
import dev.cogbot.api.error.UserInputError;
import dev.cogbot.api.error.WaitTimedOut;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler in the chain: tells the user, briefly, what went wrong and what to do; the
 * replies are listed in the api's {@code dev.cogbot.api.error} package documentation. A check that
 * returned false ({@link CheckDeclined}) stays silent on a prefix command, since a hushed bot must stay
 * quiet (a slash command gets a private "not available here right now", since Discord insists on an
 * answer), and is
 * logged at DEBUG by name so an author can find which check it was; every other check failure names
 * what is missing.
 */
public final class FallbackErrorHandler implements ErrorHandler {

    static final FallbackErrorHandler INSTANCE = new FallbackErrorHandler();
    private static final Logger log = LoggerFactory.getLogger(FallbackErrorHandler.class);

    /** What a user hears when {@code what} (a command, a click) failed on a bug: one wording everywhere. */
    public static String ranIntoAProblem(String what) {
        return "Sorry, " + what + " ran into a problem; the details are in the bot's log.";
    }

    @Override
    public void handle(Context ctx, CommandError error) {
        switch (error) {
            case CommandNotFound notFound -> ctx.send(unknownCommand(ctx, notFound));
            case CheckFailure blocked -> refused(ctx, blocked);
            case UserInputError input -> privately(ctx, sentence(input.getMessage()) + usage(ctx));
            case CommandInvokeError failed -> {
                log.error("{}{} failed", ctx.prefix(), ctx.invokedWith(), failed.getCause());
                ctx.send(ranIntoAProblem(ctx.displayPrefix() + ctx.invokedWith()));
            }
            case WaitTimedOut gaveUp -> ctx.send(ctx.displayPrefix() + ctx.invokedWith() + " stopped waiting: nothing came within "
                    + Durations.format(gaveUp.timeout()) + ".");
            case CommandCancelled cancelled -> log.debug("{}{} cancelled: {}", ctx.prefix(), ctx.invokedWith(), cancelled.getMessage());
        }
    }

    /**
     * Check failures and user-input errors are answered privately: on a slash command only its user
     * sees them (Discord's ephemeral reply), and a prefix command's answer is a plain one as before.
     */
    private static void refused(Context ctx, CheckFailure failure) {
        String command = ctx.displayPrefix() + ctx.invokedWith();
        String answer = switch (failure) {
            case CheckDeclined declined -> {
                log.debug("{} blocked: {} returned false (no reply to a prefix command, a private one to a slash"
                        + " command; a check that throws a CheckFailure with a message is answered with it)",
                        command, declined.check());
                // an interaction must be answered, or Discord shows the user "the application did not respond"
                yield ctx.isSlash() ? command + " is not available here right now." : null;
            }
            case NotOwner notOwner -> "Only the bot's owners can use " + command + ".";
            case NoPrivateMessage dm -> command + " works only in a server.";
            case PrivateMessageOnly server -> command + " works only in a DM with me.";
            case MissingPermissions member -> "You need " + Permission.describe(member.missing()) + " to use " + command + ".";
            case BotMissingPermissions bot -> "I need " + Permission.describe(bot.missing())
                    + (ctx.channel().isPrivate() ? " here" : " in this channel") + " to run " + command + ".";
            case MissingAnyRole roles -> "You need " + rolesWanted(roles.roles()) + " to use " + command + ".";
            case CommandOnCooldown cooldown -> command + " is on cooldown " + cooldown.bucket().where()
                    + "; try again in " + Durations.format(roundedUp(cooldown.retryAfter())) + ".";
            case MaxConcurrencyReached busy -> command + " is already running "
                    + (busy.number() == 1 ? "" : busy.number() + " times ") + busy.bucket().where()
                    + "; try again when " + (busy.number() == 1 ? "it is" : "one is") + " done.";
            default -> sentence(failure.getMessage());
        };
        if (answer != null) {
            privately(ctx, answer);
        }
    }

    private static void privately(Context ctx, String text) {
        ctx.send(Draft.of(text).ephemeral());
    }

    private static String rolesWanted(List<String> roles) {
        return roles.size() == 1 ? "the " + roles.getFirst() + " role"
                : "one of the roles " + String.join(", ", roles.subList(0, roles.size() - 1)) + " or " + roles.getLast();
    }

    /** Whole seconds, rounded up: "try again in 25s" must never be too early. */
    private static Duration roundedUp(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private static String unknownCommand(Context ctx, CommandNotFound notFound) {
        StringBuilder reply = new StringBuilder("I don't know " + ctx.displayPrefix() + Excerpt.of(notFound.attempted()) + ".");
        if (!notFound.suggestions().isEmpty()) {
            reply.append(" Did you mean ")
                    .append(String.join(" or ", notFound.suggestions().stream().map(s -> ctx.displayPrefix() + s).toList()))
                    .append('?');
        }
        return reply.append(" Type ").append(ctx.displayPrefix()).append("help for the list.").toString();
    }

    private static String usage(Context ctx) {
        CommandInfo command = ctx.command();
        return command == null ? "" : " Usage: " + command.signature(ctx.displayPrefix());
    }

    /** The message as a sentence: capitalised, and ending in a full stop unless it already ends a sentence. */
    private static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String capitalised = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        char last = capitalised.charAt(capitalised.length() - 1);
        return last == '.' || last == '!' || last == '?' ? capitalised : capitalised + ".";
    }
}
