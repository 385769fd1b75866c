package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HushRequestTest {

    @Test
    void aBareNumberIsMinutes() {
        assertThat(HushRequest.parse("5")).isEqualTo(new HushRequest.For(Duration.ofMinutes(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " off "})
    void offAsksToEndTheHush(String off) {
        assertThat(HushRequest.parse(off)).isInstanceOf(HushRequest.Off.class);
    }

    @Test
    void anythingElseIsABadDuration() {
        assertThatThrownBy(() -> HushRequest.parse("of")).isInstanceOf(BadArgument.class).hasMessageContaining("not a duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!unhush", "!hush off", "!sh   OFF", "!quiet off now", "!unhush please"})
    void recognisesWhatEndsAHush(String content) {
        assertThat(HushRequest.endsAHush(content, "!")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!hush", "!hush 5", "! unhush", "unhush", "?unhush", "!hushoff", "!ping off", "!", ""})
    void recognisesWhatDoesNot(String content) {
        assertThat(HushRequest.endsAHush(content, "!")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/unhush", "/hush duration:off", "/sh duration:OFF"})
    void recognisesTheSlashFormsOfWhatEndsAHush(String content) {
        assertThat(HushRequest.endsAHush(content, "/")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hush", "/hush duration:5m", "/hush duration:", "/hush when:off"})
    void recognisesSlashFormsThatDoNot(String content) {
        assertThat(HushRequest.endsAHush(content, "/")).isFalse();
    }
}
