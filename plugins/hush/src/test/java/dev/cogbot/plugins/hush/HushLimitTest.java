package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HushLimitTest {

    private final HushLimit limit = new HushLimit(Duration.ofHours(2));

    @Test
    void allowsAnyPositiveDurationUpToTheMax() {
        for (Duration allowed : new Duration[] {Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(2)}) {
            assertThatCode(() -> limit.check(allowed)).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesZeroAndNegativeDurations() {
        for (Duration nothing : new Duration[] {Duration.ZERO, Duration.ofMinutes(-5)}) {
            assertThatThrownBy(() -> limit.check(nothing))
                    .isInstanceOfSatisfying(BadArgument.class, bad -> assertThat(bad.argument()).isEqualTo("duration"))
                    .hasMessage("Hush for a positive time, like 30s or 5m");
        }
    }

    @Test
    void refusesMoreThanTheMaxAndSaysWhatTheMaxIs() {
        assertThatThrownBy(() -> limit.check(Duration.ofHours(2).plusSeconds(1)))
                .isInstanceOfSatisfying(BadArgument.class, bad -> assertThat(bad.argument()).isEqualTo("duration"))
                .hasMessage("I can hush for at most 2h");
    }

    @Test
    void defaultsToADay() {
        assertThat(HushLimit.DEFAULT.max()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void refusesAMaxThatAllowsNoHushAtAll() {
        assertThatThrownBy(() -> new HushLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
