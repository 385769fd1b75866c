package dev.cogbot.testkit;

import dev.cogbot.api.ActionRow;
import dev.cogbot.api.Button;
import dev.cogbot.api.Component;
import dev.cogbot.api.SelectMenu;
import java.util.List;

/** A message's components as transcript text: {@code " [Yes] [No]"}, a menu as {@code " [Pick a colour ▾]"}. */
final class ComponentLines {

    private ComponentLines() {
    }

    static String of(List<ActionRow> rows) {
        StringBuilder line = new StringBuilder();
        for (ActionRow row : rows) {
            for (Component component : row.components()) {
                line.append(" [").append(switch (component) {
                    case Button button -> button.label() + (button.disabled() ? " (disabled)" : "");
                    case SelectMenu menu -> (menu.placeholder() == null || menu.placeholder().isBlank()
                            ? menu.id() : menu.placeholder()) + " ▾";
                }).append(']');
            }
        }
        return line.toString();
    }
}
