package dev.cogbot.api.error;

/**
 * The user's input was wrong or missing. Cogs throw it too, as the tutorial does when the user
 * stops answering: {@code throw new UserInputError("User failed to input")}.
 */
public sealed class UserInputError extends CommandError
        permits BadArgument, MissingArgument, TooManyArguments, ReplyTimeout {

    public UserInputError(String message) {
        super(message);
    }

    public UserInputError(String message, Throwable cause) {
        super(message, cause);
    }
}
