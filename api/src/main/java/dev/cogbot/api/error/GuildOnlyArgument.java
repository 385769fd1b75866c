package dev.cogbot.api.error;

/**
 * The argument is something that only exists in a server (a {@link dev.cogbot.api.Member} or a
 * {@link dev.cogbot.api.Role}), but the command was used in a DM.
 *
 * <pre>{@code
 * case GuildOnlyArgument dm -> ctx.send("Try that in a server.");
 * }</pre>
 */
public final class GuildOnlyArgument extends BadArgument {

    /** @param what the kind of thing looked up, e.g. {@code "member"} */
    public GuildOnlyArgument(String what) {
        super("a " + what + " can only be looked up in a server; use the command there, not in a DM");
    }
}
