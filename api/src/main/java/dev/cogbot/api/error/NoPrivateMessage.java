package dev.cogbot.api.error;

/** The command works only in a server, and was used in a DM (see {@link dev.cogbot.api.checks.GuildOnly}). */
public final class NoPrivateMessage extends CheckFailure {

    public NoPrivateMessage() {
        super("this works only in a server");
    }
}
