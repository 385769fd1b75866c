package dev.cogbot.api.error;

/**
 * The command works only in a server, and was used in a DM: it is {@link dev.cogbot.api.checks.GuildOnly},
 * or one of its arguments is a {@link dev.cogbot.api.Member} or a {@link dev.cogbot.api.Role}, which
 * only exist in a server (as discord.py's converters raise it). The user is told "!warn works only
 * in a server."
 *
 * <pre>{@code
 * case NoPrivateMessage dm -> ctx.send("Try that in a server.");
 * }</pre>
 */
public final class NoPrivateMessage extends CheckFailure {

    public NoPrivateMessage() {
        super("this works only in a server");
    }
}
