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
}
