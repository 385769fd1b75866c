package dev.cogbot.api;

import java.util.List;

/**
 * One row of components on a message: up to five buttons, or one select menu.
 *
 * <pre>{@code
 * ActionRow.of(Button.success("vote:yes", "Yes"), Button.danger("vote:no", "No"))
 * }</pre>
 */
public record ActionRow(List<Component> components) {

    /** The most buttons in one row. */
    public static final int MAX_BUTTONS = 5;

    public ActionRow {
        components = List.copyOf(components);
        long menus = components.stream().filter(SelectMenu.class::isInstance).count();
        if (components.isEmpty() || components.size() > MAX_BUTTONS) {
            throw new IllegalArgumentException("a row holds 1 to " + MAX_BUTTONS + " buttons, not " + components.size());
        }
        if (menus > 0 && components.size() > 1) {
            throw new IllegalArgumentException("a select menu fills its row alone");
        }
    }

    public static ActionRow of(Component... components) {
        return new ActionRow(List.of(components));
    }
}
