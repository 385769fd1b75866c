package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The running hushes: each ends once, by its time or by an unhush, whichever comes first. */
class HushesTest {

    private final Hushes hushes = new Hushes();

    @Test
    void aScopeIsHushedWhileAHushRunsInIt() {
        hushes.start(hush("server 1"));

        assertThat(hushes.isHushed("server 1")).isTrue();
        assertThat(hushes.isHushed("server 2")).isFalse();
    }

    @Test
    void aScopeStaysHushedUntilItsLastHushEnds() {
        RunningHush first = hush("server 1");
        hushes.start(first);
        hushes.start(hush("server 1"));

        hushes.end(first);

        assertThat(hushes.isHushed("server 1")).isTrue();
    }

    @Test
    void anUnhushEndsEveryHushOfItsScopeAndNoOther() {
        RunningHush first = hush("server 1");
        RunningHush second = hush("server 1");
        RunningHush elsewhere = hush("server 2");
        hushes.start(first);
        hushes.start(second);
        hushes.start(elsewhere);

        assertThat(hushes.endAll("server 1")).containsExactlyInAnyOrder(first, second);
        assertThat(hushes.isHushed("server 1")).isFalse();
        assertThat(hushes.isHushed("server 2")).isTrue();
    }

    @Test
    void aHushEndedByAnUnhushIsNotEndedAgainWhenItsTimeIsUp() {
        RunningHush hush = hush("server 1");
        hushes.start(hush);
        hushes.endAll("server 1");

        assertThat(hushes.end(hush)).isFalse();
    }

    @Test
    void aHushThatRanItsTimeIsNotEndedAgainByAnUnhush() {
        RunningHush hush = hush("server 1");
        hushes.start(hush);

        assertThat(hushes.end(hush)).isTrue();
        assertThat(hushes.endAll("server 1")).isEmpty();
    }

    @Test
    void anUnhushWithNothingRunningEndsNothing() {
        assertThat(hushes.endAll("server 1")).isEmpty();
    }

    /** Which message it marks does not matter to the bookkeeping. */
    private static RunningHush hush(String scope) {
        return new RunningHush(scope, null);
    }
}
