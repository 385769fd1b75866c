package dev.cogbot.api;

/**
 * Something a member can click on a message: a {@link Button} or a {@link SelectMenu}, laid out in
 * {@link ActionRow}s of a {@link Draft}. A click reaches the {@link OnComponent} method of the
 * plugin that claims the component's id.
 *
 * <pre>{@code
 * ctx.send(Draft.of("Lunch at noon?")
 *         .withRow(Button.success("lunch:yes", "Yes"), Button.danger("lunch:no", "No")));
 * }</pre>
 */
public sealed interface Component permits Button, SelectMenu {

    /** The most characters of a component's id. */
    int MAX_ID_LENGTH = 100;

    /**
     * The id a click on it reports ({@code "lunch:yes"}); its first part, up to the first {@code :},
     * names the {@link OnComponent} handler. A link button has none.
     */
    String id();

    /** Refuses an id Discord would refuse, naming it. */
    static String checkedId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a component id is 1 to " + MAX_ID_LENGTH + " characters, not '" + id + "'");
        }
        return id;
    }
}
