package dev.cogbot.api.error;

/**
 * No user goes by what was typed: not an id, a mention nor a name the bot knows.
 *
 * <pre>{@code
 * case UserNotFound missing -> ctx.send("I looked for '" + missing.text() + "' and found nothing.");
 * }</pre>
 */
public final class UserNotFound extends BadArgument {

    private final String text;

    /** @param text what the user typed for the argument */
    public UserNotFound(String text) {
        super("no user '" + quoted(text) + "' is known here; mention them or give their id");
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
