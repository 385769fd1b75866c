package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    private final Settings settings = of(Map.of(
            "greeting", "howdy",
            "limit", " 42 ",
            "bad-limit", "lots",
            "timeout", "1h30m",
            "bare-timeout", "90",
            "bad-timeout", "soon"));

    @Test
    void stringReturnsTheValueWhenSetAndTheFallbackOtherwise() {
        assertThat(settings.string("greeting", "hello")).isEqualTo("howdy");
        assertThat(settings.string("missing", "hello")).isEqualTo("hello");
    }

    @Test
    void numberReadsAWholeNumberIgnoringSurroundingSpaces() {
        assertThat(settings.number("limit", 7)).isEqualTo(42);
    }

    @Test
    void numberFallsBackWhenTheKeyIsNotSet() {
        assertThat(settings.number("missing", 7)).isEqualTo(7);
    }

    @Test
    void aNumberThatIsNotANumberIsAnErrorNamingTheKeyAndTheValue() {
        assertThatThrownBy(() -> settings.number("bad-limit", 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting bad-limit must be a whole number, got 'lots'");
    }

    @Test
    void durationReadsChatStyleDurations() {
        assertThat(settings.duration("timeout", Duration.ZERO)).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aBareNumberDurationIsInSeconds() {
        assertThat(settings.duration("bare-timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void durationFallsBackWhenTheKeyIsNotSet() {
        assertThat(settings.duration("missing", Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aDurationThatIsNotADurationIsAnErrorNamingTheKeyAndWhatIsWrong() {
        assertThatThrownBy(() -> settings.duration("bad-timeout", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting bad-timeout: 'soon' is not a duration; try 30s, 5m or 1h");
    }
}
