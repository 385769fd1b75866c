package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DraftTest {

    private static final Embed CARD = Embed.builder().title("Card").build();

    @Test
    void aTextDraftLetsOnlyUserMentionsPingAndRepliesToNothing() {
        Draft draft = Draft.of("hello");

        assertThat(draft.text()).isEqualTo("hello");
        assertThat(draft.embeds()).isEmpty();
        assertThat(draft.mentions()).isEqualTo(AllowedMentions.users());
        assertThat(draft.replyToId()).isEmpty();
    }

    @Test
    void anEmbedDraftHasNoText() {
        Draft draft = Draft.of(CARD);

        assertThat(draft.text()).isEmpty();
        assertThat(draft.embeds()).containsExactly(CARD);
        assertThat(draft.isEmpty()).isFalse();
    }

    @Test
    void embedsKeepTheOrderTheyWereAddedIn() {
        Embed second = Embed.builder().title("Second").build();

        assertThat(Draft.of("x").with(CARD).with(second).embeds()).containsExactly(CARD, second);
    }

    @Test
    void anEleventhEmbedIsRefused() {
        Draft full = Draft.of("x");
        for (int i = 0; i < Draft.MAX_EMBEDS; i++) {
            full = full.with(CARD);
        }
        Draft tenEmbeds = full;

        assertThatThrownBy(() -> tenEmbeds.with(CARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a message carries at most 10 embeds");
    }

    @Test
    void eachChangeIsACopy() {
        Draft plain = Draft.of("x");

        Draft loud = plain.withMentions(AllowedMentions.users().withEveryone()).with(CARD);

        assertThat(plain.embeds()).isEmpty();
        assertThat(plain.mentions()).isEqualTo(AllowedMentions.users());
        assertThat(loud.mentions().allows(AllowedMentions.Kind.EVERYONE)).isTrue();
    }

    @Test
    void blankTextWithoutEmbedsIsEmpty() {
        assertThat(Draft.of("  \n").isEmpty()).isTrue();
        assertThat(Draft.of("  \n").with(CARD).isEmpty()).isFalse();
    }

    @Test
    void equalDraftsAreEqual() {
        assertThat(Draft.of("x").with(CARD)).isEqualTo(Draft.of("x").with(CARD))
                .hasSameHashCodeAs(Draft.of("x").with(CARD))
                .isNotEqualTo(Draft.of("x"));
    }

    @Test
    void aMissingTextIsANullPointerNamingIt() {
        assertThatThrownBy(() -> Draft.of((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
