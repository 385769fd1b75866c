package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

class HushSettingsTest {

    @Test
    void aMalformedDefaultFailsTheLoadNotTheFirstHush() {
        try (TestBot bot = TestBot.builder().setting("hush.default", "a bit").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog())).hasMessageContaining("not a duration");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    @Test
    void aMalformedMaxFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("hush.max", "forever").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("max");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    @Test
    void aMaxOfZeroFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("hush.max", "0").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("positive");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    @Test
    void offIsNoDefaultLength() {
        try (TestBot bot = TestBot.builder().setting("hush.default", "off").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .hasMessageContaining("hush.default").hasMessageContaining("not a duration");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }
}
