package dev.cogbot.api.error;

/** A check (bot-wide, cog or command) said no. */
public sealed class CheckFailure extends CommandError permits NotOwner {

    public CheckFailure(String message) {
        super(message);
    }
}
