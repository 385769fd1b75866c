package dev.cogbot.api.error;

/** The user gave more arguments than the command takes. */
public final class TooManyArguments extends UserInputError {

    public TooManyArguments(String message) {
        super(message);
    }
}
