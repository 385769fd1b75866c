package dev.cogbot.runtime.transport.discord;

/** Discord would not let the bot in; the message says why and what to do, and never holds the token. */
public final class DiscordLoginException extends RuntimeException {

    /** What went wrong, for the launcher's exit code. */
    public enum Reason { INVALID_TOKEN, DISALLOWED_INTENTS, UNREACHABLE }

    private final Reason reason;

    public DiscordLoginException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
