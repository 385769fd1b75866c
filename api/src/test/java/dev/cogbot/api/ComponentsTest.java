package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    private static final Button YES = Button.success("vote:yes", "Yes");
    private static final Button NO = Button.danger("vote:no", "No");

    @Test
    void rowsKeepTheOrderTheyWereAddedIn() {
        Draft draft = Draft.of("Lunch?").withRow(YES).withRow(NO);

        assertThat(draft.rows()).containsExactly(ActionRow.of(YES), ActionRow.of(NO));
    }

    @Test
    void aDraftWithOnlyComponentsIsNotEmpty() {
        assertThat(Draft.of("").withRow(YES).isEmpty()).isFalse();
    }

    @Test
    void withoutComponentsTakesEveryRowAway() {
        assertThat(Draft.of("Closed").withRow(YES, NO).withoutComponents().rows()).isEmpty();
    }

    @Test
    void aSixthRowIsRefused() {
        Draft full = Draft.of("x");
        for (int i = 0; i < Draft.MAX_ROWS; i++) {
            full = full.withRow(Button.primary("b" + i, "B"));
        }
        Draft five = full;

        assertThatThrownBy(() -> five.withRow(YES)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 5 rows");
    }

    @Test
    void aRowOfSixButtonsIsRefused() {
        List<Component> six = Collections.nCopies(6, YES);

        assertThatThrownBy(() -> new ActionRow(six)).hasMessageContaining("1 to 5 buttons");
    }

    @Test
    void aSelectMenuFillsItsRowAlone() {
        SelectMenu menu = SelectMenu.of("colour", "Colours", SelectMenu.Option.of("red", "Red"));

        assertThatThrownBy(() -> ActionRow.of(menu, YES)).hasMessageContaining("alone");
    }

    @Test
    void aLinkButtonHasAUrlAndNoId() {
        Button link = Button.link("https://example.org/rules", "Rules");

        assertThat(link.id()).isNull();
        assertThat(link.url()).isEqualTo("https://example.org/rules");
    }

    @Test
    void aLinkButtonWithoutAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> Button.link("ftp://example.org", "Rules")).hasMessageContaining("http(s) URL");
    }

    @Test
    void anIdLongerThanDiscordAllowsIsRefused() {
        assertThatThrownBy(() -> Button.primary("x".repeat(101), "Go")).hasMessageContaining("1 to 100 characters");
    }

    @Test
    void aDisabledButtonKeepsEverythingElse() {
        assertThat(YES.asDisabled()).isEqualTo(new Button(Button.Style.SUCCESS, "vote:yes", "Yes", null, true));
    }

    @Test
    void aMenuCannotAskForMoreChoicesThanItOffers() {
        List<SelectMenu.Option> two = List.of(SelectMenu.Option.of("a", "A"), SelectMenu.Option.of("b", "B"));

        assertThatThrownBy(() -> new SelectMenu("m", "", two, 1, 3)).hasMessageContaining("<= 2");
    }

    @Test
    void anEphemeralDraftKeepsItsTextAndRows() {
        Draft draft = Draft.of("Only you").withRow(YES).ephemeral();

        assertThat(draft.isEphemeral()).isTrue();
        assertThat(draft.text()).isEqualTo("Only you");
        assertThat(draft.rows()).containsExactly(ActionRow.of(YES));
        assertThat(draft).isNotEqualTo(Draft.of("Only you").withRow(YES));
    }
}
