package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.emoji.EmojiUnion;
import org.junit.jupiter.api.Test;

class DiscordEmojiTest {

    @Test
    void aUnicodeEmojiIsItself() {
        assertThat(DiscordEmoji.of("👍")).isEqualTo(Emoji.fromUnicode("👍"));
        assertThat(text("👍")).isEqualTo("👍");
    }

    @Test
    void aCustomEmojiIsNameColonId() {
        assertThat(DiscordEmoji.of("party:123")).isEqualTo(Emoji.fromCustom("party", 123, false));
        assertThat(text("party:123")).isEqualTo("party:123");
    }

    @Test
    void aTypedCustomEmojiIsReadAsTheEmojiItIs() {
        assertThat(DiscordEmoji.of("<:party:123>")).isEqualTo(Emoji.fromCustom("party", 123, false));
        assertThat(DiscordEmoji.of("<a:dance:456>")).isEqualTo(Emoji.fromCustom("dance", 456, true));
        assertThat(DiscordEmoji.of("a:dance:456")).isEqualTo(Emoji.fromCustom("dance", 456, true));
    }

    @Test
    void anAnimatedCustomEmojiIsWrittenNameColonIdLikeAnyOther() {
        assertThat(text("<a:dance:456>")).isEqualTo("dance:456");
        assertThat(DiscordEmoji.of("<a:dance:456>").getAsReactionCode()).isEqualTo("dance:456");
    }

    private static String text(String emoji) {
        return DiscordEmoji.text((EmojiUnion) DiscordEmoji.of(emoji));
    }
}
