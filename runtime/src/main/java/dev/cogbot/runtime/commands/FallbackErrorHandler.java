package dev.cogbot.runtime.commands;

import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.Context;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.error.CheckFailure;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.api.error.CommandNotFound;
import dev.cogbot.api.error.NotOwner;
import dev.cogbot.api.error.UserInputError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler in the chain: tells the user, briefly, what went wrong and what to do. Check
 * failures stay silent (a hushed bot must stay quiet), except an owner-only refusal.
 */
final class FallbackErrorHandler implements ErrorHandler {

    static final FallbackErrorHandler INSTANCE = new FallbackErrorHandler();
    private static final Logger log = LoggerFactory.getLogger(FallbackErrorHandler.class);

    @Override
    public void handle(Context ctx, CommandError error) {
        switch (error) {
            case CommandNotFound notFound -> ctx.send(unknownCommand(ctx, notFound));
            case NotOwner notOwner -> ctx.send("Only the bot's owners can use " + ctx.prefix() + ctx.invokedWith() + ".");
            case CheckFailure blocked -> log.debug("{}{} blocked: {}", ctx.prefix(), ctx.invokedWith(), blocked.getMessage());
            case UserInputError input -> ctx.send(sentence(input.getMessage()) + usage(ctx));
            case CommandInvokeError failed -> {
                log.error("{}{} failed", ctx.prefix(), ctx.invokedWith(), failed.getCause());
                ctx.send("Sorry, " + ctx.prefix() + ctx.invokedWith() + " ran into a problem; the details are in the bot's log.");
            }
            case CommandCancelled cancelled -> log.debug("{}{} cancelled: {}", ctx.prefix(), ctx.invokedWith(), cancelled.getMessage());
        }
    }

    private static String unknownCommand(Context ctx, CommandNotFound notFound) {
        StringBuilder reply = new StringBuilder("I don't know " + ctx.prefix() + Excerpt.of(notFound.attempted()) + ".");
        if (!notFound.suggestions().isEmpty()) {
            reply.append(" Did you mean ")
                    .append(String.join(" or ", notFound.suggestions().stream().map(s -> ctx.prefix() + s).toList()))
                    .append('?');
        }
        return reply.append(" Type ").append(ctx.prefix()).append("help for the list.").toString();
    }

    private static String usage(Context ctx) {
        CommandInfo command = ctx.command();
        return command == null ? "" : " Usage: " + command.signature(ctx.prefix());
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
