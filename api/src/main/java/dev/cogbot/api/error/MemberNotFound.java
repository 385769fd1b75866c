package dev.cogbot.api.error;

/**
 * No member of the server goes by what was typed: not an id, a mention, a user name nor a nickname.
 *
 * <pre>{@code
 * case MemberNotFound missing -> ctx.send("I looked for '" + missing.text() + "' and found nothing.");
 * }</pre>
 */
public final class MemberNotFound extends BadArgument {

    private final String text;

    /** @param text what the user typed for the argument */
    public MemberNotFound(String text) {
        super("no member '" + quoted(text) + "' in this server; mention them, or give their id or name");
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
