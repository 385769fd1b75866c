package dev.cogbot.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReactionEmojiTest {

    @Test
    void aUnicodeEmojiIsItself() {
        assertThat(ReactionEmoji.of(" 👍 ")).isEqualTo(new ReactionEmoji("👍", java.util.Optional.empty(), false));
    }

    @Test
    void aCustomEmojiIsNameColonIdHoweverItIsTyped() {
        assertThat(ReactionEmoji.code("party:123")).isEqualTo("party:123");
        assertThat(ReactionEmoji.code("<:party:123>")).isEqualTo("party:123");
        assertThat(ReactionEmoji.code("<a:party:123>")).isEqualTo("party:123");
        assertThat(ReactionEmoji.code("a:party:123")).isEqualTo("party:123");
    }

    @Test
    void theTypedFormSaysWhetherItIsAnimated() {
        assertThat(ReactionEmoji.of("<a:dance:456>").animated()).isTrue();
        assertThat(ReactionEmoji.of("<:dance:456>").animated()).isFalse();
        assertThat(ReactionEmoji.of("<a:dance:456>").name()).isEqualTo("dance");
        assertThat(ReactionEmoji.of("<a:dance:456>").customId()).contains("456");
    }

    @Test
    void aNameStartingWithAIsNotTakenForAnimated() {
        assertThat(ReactionEmoji.of("abc:1")).satisfies(e -> {
            assertThat(e.code()).isEqualTo("abc:1");
            assertThat(e.animated()).isFalse();
        });
    }

    @Test
    void aBlankEmojiIsRefusedInOneLine() {
        assertThatThrownBy(() -> ReactionEmoji.of("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an emoji is needed: a unicode one like 👍, or a server's custom one as <:name:id> or name:id");
    }
}
