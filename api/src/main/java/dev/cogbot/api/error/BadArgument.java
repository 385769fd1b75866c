package dev.cogbot.api.error;

/** An argument could not be converted or was out of range. */
public final class BadArgument extends UserInputError {

    private final String argument;

    public BadArgument(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    /** The argument's name. */
    public String argument() {
        return argument;
    }
}
