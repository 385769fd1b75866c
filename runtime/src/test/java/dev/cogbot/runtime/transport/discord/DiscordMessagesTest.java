package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Button;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.SelectMenu;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordMessagesTest {

    private static final Draft LUNCH = Draft.of("Lunch?")
            .withRow(Button.success("lunch:yes", "Yes"), Button.link("https://example.org", "Menu").asDisabled())
            .withRow(SelectMenu.of("lunch:where", "Where?", SelectMenu.Option.of("park", "The park")));

    @Test
    void rowsBecomeActionRowsOfButtonsAndMenus() {
        MessageCreateData message = DiscordMessages.create(LUNCH).getFirst();

        List<ActionRow> rows = message.getComponents().stream().map(c -> (ActionRow) c).toList();
        assertThat(rows).hasSize(2);
        net.dv8tion.jda.api.components.buttons.Button yes = (net.dv8tion.jda.api.components.buttons.Button) rows.get(0)
                .getComponents().get(0);
        net.dv8tion.jda.api.components.buttons.Button menu = (net.dv8tion.jda.api.components.buttons.Button) rows.get(0)
                .getComponents().get(1);
        assertThat(yes.getStyle()).isEqualTo(ButtonStyle.SUCCESS);
        assertThat(yes.getCustomId()).isEqualTo("lunch:yes");
        assertThat(menu.getUrl()).isEqualTo("https://example.org");
        assertThat(menu.isDisabled()).isTrue();
        StringSelectMenu where = (StringSelectMenu) rows.get(1).getComponents().getFirst();
        assertThat(where.getCustomId()).isEqualTo("lunch:where");
        assertThat(where.getPlaceholder()).isEqualTo("Where?");
        assertThat(where.getOptions()).singleElement().satisfies(o -> assertThat(o.getValue()).isEqualTo("park"));
    }

    @Test
    void aLongTextCarriesItsEmbedsAndComponentsOnTheLastPart() {
        Draft long_ = Draft.of("x".repeat(1500) + "\n" + "y".repeat(1500)).with(Embed.builder().title("card").build())
                .withRow(Button.primary("more", "More"));

        List<MessageCreateData> parts = DiscordMessages.create(long_);

        assertThat(parts).hasSize(2);
        assertThat(parts.getFirst().getComponents()).isEmpty();
        assertThat(parts.getFirst().getEmbeds()).isEmpty();
        assertThat(parts.getLast().getComponents()).hasSize(1);
        assertThat(parts.getLast().getEmbeds()).hasSize(1);
    }

    @Test
    void componentsAloneAreOneMessageWithoutText() {
        List<MessageCreateData> parts = DiscordMessages.create(Draft.of("").withRow(Button.primary("go", "Go")));

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.getContent()).isEmpty();
            assertThat(part.getComponents()).hasSize(1);
        });
    }

    @Test
    void anEditReplacesTheComponentsTooAndRefusesALongText() {
        assertThat(DiscordMessages.edit(Draft.of("Closed")).getComponents()).isEmpty();
        assertThat(DiscordMessages.edit(LUNCH).getComponents()).hasSize(2);
        assertThatThrownBy(() -> DiscordMessages.edit(Draft.of("x".repeat(2001))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000 characters");
    }
}
