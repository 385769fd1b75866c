package dev.cogbot.api.error;

/** The command threw something that is not a {@link CommandError}; {@link #getCause()} is what it threw. */
public final class CommandInvokeError extends CommandError {

    public CommandInvokeError(Throwable cause) {
        super("the command failed: " + cause, cause);
    }
}
