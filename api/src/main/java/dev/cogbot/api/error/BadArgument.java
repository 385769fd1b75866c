package dev.cogbot.api.error;

/**
 * An argument could not be converted or was out of range. A converter throws it with only what was
 * wrong ({@code new BadArgument("must be a colour like #ff8800")}); the runtime then names the
 * argument, and the user reads {@code <colour>: must be a colour like #ff8800}. The subtypes say
 * which lookup found nothing, for handlers that answer them differently:
 *
 * <pre>{@code
 * switch (error) {
 *     case MemberNotFound m -> ctx.send("Who is " + m.text() + "? Mention them, please.");
 *     case BadArgument b -> ctx.send(b.getMessage());
 *     ...
 * }
 * }</pre>
 */
public sealed class BadArgument extends UserInputError
        permits UserNotFound, MemberNotFound, ChannelNotFound, RoleNotFound, MessageNotFound {

    private String argument;
    /** Whether the message still lacks the argument's name, to be put in front once it is known. */
    private final boolean unnamed;

    /** A refusal whose {@code message} already says which argument it is about, e.g. {@code "<count> must be a whole number"}. */
    public BadArgument(String argument, String message) {
        super(message);
        this.argument = argument;
        this.unnamed = false;
    }

    /** A converter's refusal: {@code message} says what was wrong; the runtime adds which argument it was. */
    public BadArgument(String message) {
        super(message);
        this.unnamed = true;
    }

    /** The argument's name; {@code null} while a converter's refusal is on its way to the runtime. */
    public String argument() {
        return argument;
    }

    /**
     * Names the argument of a converter's refusal; called by the runtime, like {@link #initCause}:
     * at most once, and only when no name was given.
     *
     * @return this error
     * @throws IllegalStateException if the argument is already named
     */
    public final BadArgument initArgument(String name) {
        if (argument != null) {
            throw new IllegalStateException("the argument is already named <" + argument + ">");
        }
        this.argument = name;
        return this;
    }

    /** One line for the user; a converter's refusal starts with the argument's name once it is known. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return unnamed && argument != null ? "<" + argument + ">: " + message : message;
    }
}
