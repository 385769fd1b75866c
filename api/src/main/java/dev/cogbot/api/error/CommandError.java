package dev.cogbot.api.error;

/**
 * Why a command did not run, or did not finish. Messages are written to be shown to the user.
 *
 * <pre>{@code
 * switch (error) {
 *     case CheckFailure f -> ctx.message().addReaction("🔇");
 *     case UserInputError u -> ctx.send(u.getMessage());
 *     case CommandNotFound n -> ctx.send("No such command");
 *     case CommandInvokeError e -> log.warn("command failed", e.getCause());
 *     case CommandCancelled c -> { }
 *     case WaitTimedOut t -> ctx.send("I stopped waiting.");
 * }
 * }</pre>
 */
public abstract sealed class CommandError extends RuntimeException
        permits CheckFailure, UserInputError, CommandNotFound, CommandInvokeError, CommandCancelled, WaitTimedOut {

    protected CommandError(String message) {
        super(message);
    }

    protected CommandError(String message, Throwable cause) {
        super(message, cause);
    }
}
