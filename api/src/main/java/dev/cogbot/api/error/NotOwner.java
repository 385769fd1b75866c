package dev.cogbot.api.error;

/** An owner-only command was invoked by someone who is not an owner of the bot. */
public final class NotOwner extends CheckFailure {

    public NotOwner(String message) {
        super(message);
    }
}
