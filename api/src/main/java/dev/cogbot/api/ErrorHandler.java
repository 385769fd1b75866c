package dev.cogbot.api;

import dev.cogbot.api.error.CommandError;

/**
 * Handles a command's error. Return normally to mark it handled; rethrow it (or throw another
 * {@link CommandError}) to pass it on to the next handler.
 *
 * <pre>{@code
 * bot.onCommandError((ctx, error) -> {
 *     switch (error) {
 *         case UserInputError bad -> ctx.send(bad.getMessage());
 *         default -> throw error;
 *     }
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ErrorHandler {
    void handle(Context ctx, CommandError error);
}
