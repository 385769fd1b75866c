package dev.cogbot.api.error;

/**
 * No message the bot can read goes by what was typed: an id in this channel, {@code channelId-messageId}, or a message link.
 *
 * <pre>{@code
 * case MessageNotFound missing -> ctx.send("I looked for '" + missing.text() + "' and found nothing.");
 * }</pre>
 */
public final class MessageNotFound extends BadArgument {

    private final String text;

    /** @param text what the user typed for the argument */
    public MessageNotFound(String text) {
        super("no message '" + quoted(text) + "' that I can read; give its id, channelid-messageid or its link");
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
