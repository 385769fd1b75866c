package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The running hushes and the notes of which message ended them. */
class HushesTest {

    private final Hushes hushes = new Hushes();

    @Test
    void theLiftingMessageIsToldOnce() {
        hushes.liftedBy("server 1", "m1");

        assertThat(hushes.takeLift("server 1", "m1")).isTrue();
        assertThat(hushes.takeLift("server 1", "m1")).isFalse();
    }

    @Test
    void aLiftWhoseCommandNeverRanIsOverwrittenByTheNextLiftInItsScope() {
        hushes.liftedBy("server 1", "dropped");
        hushes.liftedBy("server 1", "m2");

        assertThat(hushes.takeLift("server 1", "dropped")).isFalse();
        assertThat(hushes.takeLift("server 1", "m2")).isTrue();
    }

    @Test
    void aLiftInOneScopeLeavesTheNoteOfAnotherAlone() {
        hushes.liftedBy("server 1", "m1");
        hushes.liftedBy("server 2", "m2");

        assertThat(hushes.takeLift("server 1", "m1")).isTrue();
        assertThat(hushes.takeLift("server 2", "m2")).isTrue();
    }

    @Test
    void aMessageFromAnotherScopeTakesNoLift() {
        hushes.liftedBy("server 1", "m1");

        assertThat(hushes.takeLift("server 2", "m1")).isFalse();
        assertThat(hushes.takeLift("server 1", "m1")).isTrue();
    }
}
