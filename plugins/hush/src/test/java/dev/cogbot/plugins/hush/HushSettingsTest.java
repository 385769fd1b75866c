package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

class HushSettingsTest {

    @Test
    void aMalformedDefaultFailsTheLoadNotTheFirstHush() {
        try (TestBot bot = TestBot.builder().setting("hush.default", "a bit").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog())).hasMessage("setting hush.default (from hush.default"
                    + " in the bot's settings) must be a duration such as 30s, 5m or 1h (a bare number is minutes),"
                    + " longer than 0, got 'a bit'");
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
                    .hasMessageEndingWith("must be a duration such as 30s, 5m or 1h, longer than 0, got '0'");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    @Test
    void offIsNoDefaultLength() {
        try (TestBot bot = TestBot.builder().setting("hush.default", "off").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .hasMessageStartingWith("setting hush.default").hasMessageEndingWith("got 'off'");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }

    @Test
    void aDefaultOfZeroFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("hush.default", "0").build()) {
            assertThatThrownBy(() -> bot.load("hush", new HushCog()))
                    .hasMessageStartingWith("setting hush.default").hasMessageEndingWith("longer than 0, got '0'");
            assertThat(bot.plugin("hush")).isEmpty();
        }
    }
}
