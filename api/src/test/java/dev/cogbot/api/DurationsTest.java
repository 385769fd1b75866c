package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DurationsTest {

    // --- parse

    @Test
    void aBareNumberIsTakenInTheGivenUnit() {
        assertThat(Durations.parse("5", ChronoUnit.MINUTES)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("5", ChronoUnit.SECONDS)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("5", ChronoUnit.HOURS)).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void eachUnitSuffixIsUnderstood() {
        assertThat(Durations.parse("250ms", ChronoUnit.MINUTES)).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("30s", ChronoUnit.MINUTES)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("2m", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h", ChronoUnit.SECONDS)).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("3d", ChronoUnit.SECONDS)).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void millisecondsAreNotReadAsMinutes() {
        assertThat(Durations.parse("250ms", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("1m5s", ChronoUnit.SECONDS)).isEqualTo(Duration.ofSeconds(65));
    }

    @Test
    void compoundDurationsAddTheirParts() {
        assertThat(Durations.parse("1h30m", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d2h3m4s5ms", ChronoUnit.SECONDS))
                .isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusMillis(5));
    }

    @Test
    void spacesAroundAndBetweenPartsAndUpperCaseAreAccepted() {
        assertThat(Durations.parse("  1h 30m ", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("30 s", ChronoUnit.MINUTES)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("1H30M", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse(" 7 ", ChronoUnit.MINUTES)).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void negativeDurationsAreRejected() {
        assertThatThrownBy(() -> Durations.parse("-5", ChronoUnit.MINUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-5' is not a duration");
        assertThatThrownBy(() -> Durations.parse("-5m", ChronoUnit.MINUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-5m' is not a duration");
    }

    @Test
    void garbageIsRejectedWithAMessageThatQuotesItAndShowsExamples() {
        for (String garbage : new String[] {"soon", "", "5x", "1.5h", "h", "5 5m", "5m s", "five minutes"}) {
            assertThatThrownBy(() -> Durations.parse(garbage, ChronoUnit.SECONDS))
                    .as(garbage)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + garbage + "' is not a duration; try 30s, 5m or 1h");
        }
    }

    @Test
    void aNumberTooBigForALongIsRejectedAsTooLong() {
        assertThatThrownBy(() -> Durations.parse("99999999999999999999", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'99999999999999999999' is too long a duration");
        assertThatThrownBy(() -> Durations.parse("99999999999999999999s", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long a duration");
    }

    @Test
    void aDurationBeyondWhatDurationHoldsIsRejectedAsTooLong() {
        assertThatThrownBy(() -> Durations.parse("9223372036854775807", ChronoUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long a duration");
        assertThatThrownBy(() -> Durations.parse("9223372036854775807d", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long a duration");
    }

    @Test
    void aDurationThatFitsButExceedsAHundredYearsIsRejectedAsTooLong() {
        assertThatThrownBy(() -> Durations.parse("9223372036854775806", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'9223372036854775806' is too long a duration");
        assertThat(Durations.parse("36500d", ChronoUnit.SECONDS)).isEqualTo(Durations.MAX);
        assertThat(Durations.parse("36500d", ChronoUnit.SECONDS).toMillis()).isPositive();
    }

    @Test
    void partsThatOverflowOnlyWhenAddedAreRejectedAsTooLong() {
        assertThatThrownBy(() -> Durations.parse("9223372036854775807s1s", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'9223372036854775807s1s' is too long a duration");
    }

    @Test
    void hundredsOfPartsAreRefusedInOneLineNotWithAStackOverflow() {
        String hostile = "1s".repeat(1000) + "x";

        assertThatThrownBy(() -> Durations.parse(hostile, ChronoUnit.MINUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a duration of 2001 characters is too long to read; try 30s, 5m or 1h");
    }

    @Test
    void manyPartsWithinTheLengthLimitAreAddedUp() {
        assertThat(Durations.parse("1s".repeat(32), ChronoUnit.MINUTES)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void theLengthLimitCountsWhatIsLeftAfterTheSurroundingSpaces() {
        assertThat(Durations.parse(" ".repeat(1000) + "5m" + " ".repeat(1000), ChronoUnit.SECONDS))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void digitsOfOtherScriptsAreNotANumber() {
        assertThatThrownBy(() -> Durations.parse("\u0665m", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a duration");
    }

    @Test
    void aUnitWithoutANumberAfterAPartIsRejected() {
        assertThatThrownBy(() -> Durations.parse("5mms", ChronoUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'5mms' is not a duration; try 30s, 5m or 1h");
    }

    // --- format

    @Test
    void zeroIsFormattedAsZeroSeconds() {
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void formatsBrieflyLeavingOutEmptyParts() {
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.format(Duration.ofHours(1).plusSeconds(5))).isEqualTo("1h5s");
        assertThat(Durations.format(Duration.ofHours(25))).isEqualTo("1d1h");
        assertThat(Durations.format(Duration.ofSeconds(61).plusMillis(500))).isEqualTo("1m1s500ms");
    }

    @Test
    void whatFormatWritesParseReadsBack() {
        for (Duration d : new Duration[] {Duration.ofMinutes(90), Duration.ofMillis(1), Duration.ofDays(400),
                Duration.ofDays(2).plusHours(3).plusMinutes(4).plusSeconds(5).plusMillis(6)}) {
            assertThat(Durations.parse(Durations.format(d), ChronoUnit.SECONDS)).as(d.toString()).isEqualTo(d);
        }
    }
}
