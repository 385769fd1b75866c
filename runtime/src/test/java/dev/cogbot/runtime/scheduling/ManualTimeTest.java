package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualTimeTest {

    private static final Instant START = Instant.parse("2030-05-06T07:08:09Z");

    private final ManualTime time = new ManualTime(START);
    private final List<String> fired = new ArrayList<>();

    private Cancellable at(Duration offset, String name) {
        return time.at(START.plus(offset), () -> fired.add(name));
    }

    @Test
    void startsAtTheGivenInstant() {
        assertThat(time.now()).isEqualTo(START);
        assertThat(new ManualTime().now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void timeDoesNotMoveUntilAdvanced() {
        at(Duration.ZERO.plusSeconds(1), "one");

        assertThat(time.now()).isEqualTo(START);
        assertThat(fired).isEmpty();
    }

    @Test
    void firesTimersInDeadlineOrderNotRegistrationOrder() {
        at(Duration.ofSeconds(3), "third");
        at(Duration.ofSeconds(1), "first");
        at(Duration.ofSeconds(2), "second");

        time.advance(Duration.ofSeconds(5));

        assertThat(fired).containsExactly("first", "second", "third");
    }

    @Test
    void firesTimersWithTheSameDeadlineInRegistrationOrder() {
        at(Duration.ofSeconds(2), "later");
        at(Duration.ofSeconds(1), "a");
        at(Duration.ofSeconds(1), "b");
        at(Duration.ofSeconds(1), "c");

        time.advance(Duration.ofSeconds(2));

        assertThat(fired).containsExactly("a", "b", "c", "later");
    }

    @Test
    void eachTimerSeesTheClockAtItsOwnDeadline() {
        List<Instant> seen = new ArrayList<>();
        time.at(START.plusSeconds(10), () -> seen.add(time.now()));
        time.at(START.plusSeconds(20), () -> seen.add(time.now()));

        time.advance(Duration.ofMinutes(1));

        assertThat(seen).containsExactly(START.plusSeconds(10), START.plusSeconds(20));
    }

    @Test
    void aTimerDueExactlyAtTheTargetFires() {
        at(Duration.ofSeconds(5), "edge");

        time.advance(Duration.ofSeconds(5));

        assertThat(fired).containsExactly("edge");
    }

    @Test
    void aTimerDueAfterTheTargetWaitsForALaterAdvance() {
        at(Duration.ofSeconds(6), "later");

        time.advance(Duration.ofSeconds(5));
        assertThat(fired).isEmpty();

        time.advance(Duration.ofSeconds(1));
        assertThat(fired).containsExactly("later");
    }

    @Test
    void cancelledTimersDoNotFire() {
        Cancellable cancelled = at(Duration.ofSeconds(1), "cancelled");
        at(Duration.ofSeconds(1), "kept");

        cancelled.cancel();
        time.advance(Duration.ofSeconds(2));

        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(fired).containsExactly("kept");
    }

    @Test
    void pendingTimersCountsOnlyTimersNotYetFiredNorCancelled() {
        at(Duration.ofSeconds(1), "a");
        Cancellable b = at(Duration.ofSeconds(2), "b");
        at(Duration.ofSeconds(3), "c");
        b.cancel();
        assertThat(time.pendingTimers()).isEqualTo(2);

        time.advance(Duration.ofSeconds(1));

        assertThat(time.pendingTimers()).isEqualTo(1);
    }

    @Test
    void advanceLandsExactlyOnTheTargetInstant() {
        at(Duration.ofSeconds(1), "a");

        time.advance(Duration.ofMillis(1_500));
        assertThat(time.now()).isEqualTo(START.plusMillis(1_500));

        time.advance(Duration.ofNanos(1));
        assertThat(time.now()).isEqualTo(START.plusMillis(1_500).plusNanos(1));
    }

    @Test
    void advancingByZeroFiresTimersDueNow() {
        at(Duration.ZERO, "now");

        time.advance(Duration.ZERO);

        assertThat(fired).containsExactly("now");
        assertThat(time.now()).isEqualTo(START);
    }

    @Test
    void aTimerRegisteredByAFiringTimerFiresInTheSameAdvanceWhenDueBeforeTheTarget() {
        time.at(START.plusSeconds(1), () -> {
            fired.add("first at " + time.now());
            time.at(time.now().plusSeconds(1), () -> fired.add("second at " + time.now()));
        });

        time.advance(Duration.ofSeconds(3));

        assertThat(fired).containsExactly("first at " + START.plusSeconds(1), "second at " + START.plusSeconds(2));
    }

    @Test
    void aTimerFiresOnlyOnce() {
        at(Duration.ofSeconds(1), "once");

        time.advance(Duration.ofSeconds(1));
        time.advance(Duration.ofSeconds(1));

        assertThat(fired).containsExactly("once");
    }
}
