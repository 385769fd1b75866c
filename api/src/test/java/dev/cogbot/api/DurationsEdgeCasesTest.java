package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsEdgeCasesTest {

    @Test
    void aPositiveDurationUnderAMillisecondIsNotFormattedAsNothing() {
        assertThat(Durations.format(Duration.ofNanos(500))).isNotEmpty();
    }

    @Test
    void aNegativeDurationIsNotFormattedAsNothing() {
        assertThat(Durations.format(Duration.ofSeconds(-5))).isNotEmpty();
    }
}
