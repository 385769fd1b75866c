package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {

    enum Scope { SERVER, BOT, EVERY_CHANNEL }

    private static final Setting<Duration> TIMEOUT = Setting.duration("reply-timeout", Duration.ofSeconds(60),
            "how long to wait").positive();
    private static final Setting<Long> LIMIT = Setting.number("limit", 10, "how many").atLeast(1).atMost(100);
    private static final Setting<Boolean> ANNOUNCE = Setting.flag("announce", false, "whether to announce");
    private static final Setting<Scope> SCOPE = Setting.choice("scope", Scope.class, Scope.SERVER, "where");
    private static final Setting<String> GREETING = Setting.text("greeting", "Hello!", "what to say");

    private static Settings of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void aSettingNobodySetIsItsFallback() {
        Settings none = of(Map.of());
        assertThat(none.get(TIMEOUT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(none.get(LIMIT)).isEqualTo(10);
        assertThat(none.get(ANNOUNCE)).isFalse();
        assertThat(none.get(SCOPE)).isEqualTo(Scope.SERVER);
        assertThat(none.get(GREETING)).isEqualTo("Hello!");
    }

    @Test
    void aSetValueIsReadInTheSettingsType() {
        Settings set = of(Map.of("reply-timeout", "1h30m", "limit", " 42 ", "announce", "yes", "scope", "Bot",
                "greeting", "Howdy"));
        assertThat(set.get(TIMEOUT)).isEqualTo(Duration.ofMinutes(90));
        assertThat(set.get(LIMIT)).isEqualTo(42);
        assertThat(set.get(ANNOUNCE)).isTrue();
        assertThat(set.get(SCOPE)).isEqualTo(Scope.BOT);
        assertThat(set.get(GREETING)).isEqualTo("Howdy");
    }

    @Test
    void aDurationIsReadAsTheStringKeyMethodReadsIt() {
        Settings set = of(Map.of("reply-timeout", "90"));
        assertThat(set.get(TIMEOUT)).isEqualTo(set.duration("reply-timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aDurationMayReadBareNumbersInAnotherUnit() {
        Setting<Duration> inMinutes = Setting.duration("default", Duration.ofMinutes(5), "how long").bareNumbersIn(ChronoUnit.MINUTES);
        assertThat(inMinutes.parse("2")).isEqualTo(Duration.ofMinutes(2));
        assertThat(inMinutes.expected()).isEqualTo("a duration such as 30s, 5m or 1h (a bare number is minutes)");
    }

    @Test
    void aWrongDurationNamesTheKeyTheValueAndWhatIsExpected() {
        assertThatThrownBy(() -> TIMEOUT.parse("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting reply-timeout must be a duration such as 30s, 5m or 1h, longer than 0, got 'soon'");
    }

    @Test
    void aPositiveDurationRefusesZero() {
        assertThatThrownBy(() -> TIMEOUT.parse("0s")).hasMessageEndingWith("longer than 0, got '0s'");
    }

    @Test
    void durationLimitsAreSaidInTheTypeAndEnforced() {
        Setting<Duration> bounded = Setting.duration("max", Duration.ofHours(1), "longest")
                .atLeast(Duration.ofMinutes(1)).atMost(Duration.ofDays(1));
        assertThat(bounded.type()).isEqualTo("duration, at least 1m and at most 1d");
        assertThat(bounded.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> bounded.parse("30s")).hasMessageContaining("at least 1m");
        assertThatThrownBy(() -> bounded.parse("2d")).hasMessageContaining("at most 1d");
    }

    @Test
    void aNumberOutsideItsLimitsIsRefused() {
        assertThatThrownBy(() -> LIMIT.parse("0"))
                .hasMessage("setting limit must be a whole number from 1 to 100, got '0'");
        assertThatThrownBy(() -> LIMIT.parse("lots"))
                .hasMessage("setting limit must be a whole number from 1 to 100, got 'lots'");
    }

    @Test
    void aFlagTakesTrueFalseYesNoOnOff() {
        assertThat(ANNOUNCE.parse("on")).isTrue();
        assertThat(ANNOUNCE.parse("FALSE")).isFalse();
        assertThat(ANNOUNCE.parse("no")).isFalse();
        assertThatThrownBy(() -> ANNOUNCE.parse("maybe"))
                .hasMessage("setting announce must be true or false, got 'maybe'");
    }

    @Test
    void aChoiceIsWrittenInLowerCaseWithDashes() {
        assertThat(SCOPE.parse("every-channel")).isEqualTo(Scope.EVERY_CHANNEL);
        assertThat(SCOPE.format(Scope.EVERY_CHANNEL)).isEqualTo("every-channel");
        assertThat(SCOPE.type()).isEqualTo("one of server, bot, every-channel");
        assertThatThrownBy(() -> SCOPE.parse("guild"))
                .hasMessage("setting scope must be server, bot or every-channel, got 'guild'");
    }

    @Test
    void typesAreNamedForListings() {
        assertThat(GREETING.type()).isEqualTo("text");
        assertThat(Setting.number("n", 1, "").type()).isEqualTo("whole number");
        assertThat(LIMIT.type()).isEqualTo("whole number, from 1 to 100");
        assertThat(Setting.duration("d", Duration.ZERO, "").type()).isEqualTo("duration");
        assertThat(TIMEOUT.type()).isEqualTo("duration, longer than 0");
        assertThat(ANNOUNCE.type()).isEqualTo("yes/no");
    }

    @Test
    void formatWritesAValueAsParseReadsIt() {
        assertThat(TIMEOUT.format(TIMEOUT.fallback())).isEqualTo("1m");
        assertThat(TIMEOUT.parse(TIMEOUT.format(Duration.ofMinutes(90)))).isEqualTo(Duration.ofMinutes(90));
        assertThat(LIMIT.format(42L)).isEqualTo("42");
        assertThat(ANNOUNCE.format(true)).isEqualTo("true");
    }

    @Test
    void aDefaultOutsideTheSettingsOwnLimitsIsAMistakeOfThePlugin() {
        assertThatThrownBy(() -> Setting.number("limit", 0, "how many").atLeast(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting limit: the default 0 is outside its own limits: at least 1");
        assertThatThrownBy(() -> Setting.duration("interval", Duration.ZERO, "how often").positive())
                .hasMessage("setting interval: the default 0s is outside its own limits: longer than 0");
    }

    @Test
    void aKeyIsLowerCaseWordsJoinedByDashesOrDots() {
        assertThatThrownBy(() -> Setting.text("Reply Timeout", "", ""))
                .hasMessage("setting key 'Reply Timeout' must be lower-case words joined by - or ., e.g. reply-timeout");
        assertThat(Setting.text("limits.per-user", "", "").key()).isEqualTo("limits.per-user");
    }

    @Test
    void settingsAreComparedByAllTheyDeclare() {
        assertThat(Setting.number("limit", 10, "how many").atLeast(1).atMost(100)).isEqualTo(LIMIT);
        assertThat(Setting.number("limit", 10, "how many")).isNotEqualTo(LIMIT);
    }
}
