package dev.cogbot.api.error;

/** The command works only in a DM, and was used in a server (see {@link dev.cogbot.api.checks.DmOnly}). */
public final class PrivateMessageOnly extends CheckFailure {

    public PrivateMessageOnly() {
        super("this works only in a DM");
    }
}
