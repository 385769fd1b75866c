package dev.cogbot.api.error;

/** A required argument was left out. */
public final class MissingArgument extends UserInputError {

    private final String argument;

    public MissingArgument(String argument) {
        super("missing argument <" + argument + ">");
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
