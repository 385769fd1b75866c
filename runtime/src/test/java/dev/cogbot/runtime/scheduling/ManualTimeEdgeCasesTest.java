package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualTimeEdgeCasesTest {

    private static final Instant START = Instant.parse("2030-05-06T07:08:09Z");
    private final ManualTime time = new ManualTime(START);

    @Test
    void anOverdueTimerFiresWithoutMovingTheClockBack() {
        time.advance(Duration.ofMinutes(1));
        List<Instant> seen = new ArrayList<>();
        time.at(START, () -> seen.add(time.now()));

        time.advance(Duration.ZERO);

        assertThat(seen).containsExactly(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aTimerCancelledByAnotherOfTheSameInstantDoesNotFire() {
        List<String> fired = new ArrayList<>();
        dev.cogbot.api.Cancellable[] second = new dev.cogbot.api.Cancellable[1];
        time.at(START.plusSeconds(1), () -> {
            fired.add("first");
            second[0].cancel();
        });
        second[0] = time.at(START.plusSeconds(1), () -> fired.add("second"));
        time.advance(Duration.ofSeconds(1));
        assertThat(fired).containsExactly("first");
    }

    @Test
    void timersAfterACancelledOneStillFireInTheSameAdvance() {
        List<String> fired = new ArrayList<>();
        time.at(START.plusSeconds(1), () -> fired.add("early")).cancel();
        time.at(START.plusSeconds(2), () -> fired.add("later"));
        time.advance(Duration.ofSeconds(2));
        assertThat(fired).containsExactly("later");
    }
}
