package dev.cogbot.plugins.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.testkit.TestBot;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatusSettingsTest {

    @Test
    void aMalformedIntervalFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("status.interval", "often").build()) {
            assertThatThrownBy(() -> bot.load("status", new StatusCog()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("interval");
            assertThat(bot.plugin("status")).isEmpty();
        }
    }

    @Test
    void anIntervalOfZeroFailsTheLoadInsteadOfSpinning() {
        try (TestBot bot = TestBot.builder().setting("status.interval", "0").build()) {
            assertThatThrownBy(() -> bot.load("status", new StatusCog())).isInstanceOf(IllegalArgumentException.class);
            assertThat(bot.plugin("status")).isEmpty();
            assertThat(bot.advance(Duration.ofMinutes(5))).isEmpty();
        }
    }
}
