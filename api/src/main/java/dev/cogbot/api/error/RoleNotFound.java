package dev.cogbot.api.error;

/**
 * No role of the server goes by what was typed: not an id, a mention nor a name.
 *
 * <pre>{@code
 * case RoleNotFound missing -> ctx.send("I looked for '" + missing.text() + "' and found nothing.");
 * }</pre>
 */
public final class RoleNotFound extends BadArgument {

    private final String text;

    /** @param text what the user typed for the argument */
    public RoleNotFound(String text) {
        super("no role '" + quoted(text) + "' in this server; mention it, or give its id or exact name");
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
