package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.ActionRow;
import dev.cogbot.api.Button;
import dev.cogbot.api.SelectMenu;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponent;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;

/**
 * A draft's rows of buttons and select menus as JDA's action rows (Discord's classic message
 * components, not the "components v2" layout, which would forbid a message's text and embeds).
 */
final class DiscordComponents {

    private DiscordComponents() {
    }

    static List<net.dv8tion.jda.api.components.actionrow.ActionRow> toJda(List<ActionRow> rows) {
        return rows.stream()
                .map(row -> net.dv8tion.jda.api.components.actionrow.ActionRow.of(
                        row.components().stream().map(DiscordComponents::toJda).toList()))
                .toList();
    }

    private static ActionRowChildComponent toJda(dev.cogbot.api.Component component) {
        return switch (component) {
            case Button button -> button(button);
            case SelectMenu menu -> menu(menu);
        };
    }

    private static net.dv8tion.jda.api.components.buttons.Button button(Button button) {
        ButtonStyle style = switch (button.style()) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
            case LINK -> ButtonStyle.LINK;
        };
        // a link button's "id" is its URL, as Discord's own payload has it
        net.dv8tion.jda.api.components.buttons.Button jda = net.dv8tion.jda.api.components.buttons.Button.of(style,
                style == ButtonStyle.LINK ? button.url() : button.id(), button.label());
        return jda.withDisabled(button.disabled());
    }

    private static StringSelectMenu menu(SelectMenu menu) {
        StringSelectMenu.Builder builder = StringSelectMenu.create(menu.id())
                .addOptions(menu.options().stream().map(option -> {
                    SelectOption jda = SelectOption.of(option.label(), option.value());
                    return option.description().isEmpty() ? jda : jda.withDescription(option.description());
                }).toList())
                .setRequiredRange(menu.min(), menu.max());
        if (!menu.placeholder().isEmpty()) {
            builder.setPlaceholder(menu.placeholder());
        }
        return builder.build();
    }
}
