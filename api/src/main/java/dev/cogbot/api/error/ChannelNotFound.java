package dev.cogbot.api.error;

/**
 * No channel the bot sees (in the server, when the command was used in one) goes by what was typed: not an id, a mention, a link nor a name.
 *
 * <pre>{@code
 * case ChannelNotFound missing -> ctx.send("I looked for '" + missing.text() + "' and found nothing.");
 * }</pre>
 */
public final class ChannelNotFound extends BadArgument {

    private final String text;

    /** @param text what the user typed for the argument */
    public ChannelNotFound(String text) {
        super("no channel '" + quoted(text) + "' here; mention it (#name), or give its id or name");
        this.text = text;
    }

    /** What the user typed for the argument, as typed. */
    public String text() {
        return text;
    }

    /** The start of a long text: enough to recognise it, never a long reply. */
    private static String quoted(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
