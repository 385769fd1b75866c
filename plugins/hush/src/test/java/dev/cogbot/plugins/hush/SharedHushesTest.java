package dev.cogbot.plugins.hush;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.GlobalStore;
import dev.cogbot.testkit.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bot-wide hushes as the store keeps them, for every node to read. */
class SharedHushesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final GlobalStore store = new InMemoryStore().plugin("hush");
    private final SharedHushes shared = new SharedHushes(store);

    @Test
    void nothingIsHushedUntilAHushIsStored() {
        assertThat(shared.isHushed(NOW)).isFalse();
    }

    @Test
    void aStoredHushHoldsUntilJustBeforeItsEnd() {
        shared.start(NOW.plus(Duration.ofMinutes(5)), "olive", NOW);

        assertThat(shared.isHushed(NOW)).isTrue();
        assertThat(shared.isHushed(NOW.plus(Duration.ofMinutes(5)).minusMillis(1))).isTrue();
    }

    @Test
    void aStoredHushIsOverAtItsEnd() {
        shared.start(NOW.plus(Duration.ofMinutes(5)), "olive", NOW);

        assertThat(shared.isHushed(NOW.plus(Duration.ofMinutes(5)))).isFalse();
    }

    @Test
    void twoHushesStartedAtOnceHoldUntilTheLaterEnds() {
        shared.start(NOW.plus(Duration.ofMinutes(10)), "olive", NOW);
        shared.start(NOW.plus(Duration.ofMinutes(5)), "oscar", NOW);

        assertThat(shared.isHushed(NOW.plus(Duration.ofMinutes(7)))).isTrue();
    }

    @Test
    void endingOneHushLeavesTheOtherOn() {
        String first = shared.start(NOW.plus(Duration.ofMinutes(10)), "olive", NOW);
        shared.start(NOW.plus(Duration.ofMinutes(5)), "oscar", NOW);
        shared.end(first);

        assertThat(shared.isRunning(first)).isFalse();
        assertThat(shared.isHushed(NOW.plus(Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void anUnhushEndsEveryRunningHush() {
        String first = shared.start(NOW.plus(Duration.ofMinutes(10)), "olive", NOW);
        String second = shared.start(NOW.plus(Duration.ofMinutes(5)), "oscar", NOW);

        assertThat(shared.endAll(NOW)).isEqualTo(2);
        assertThat(shared.isHushed(NOW)).isFalse();
        assertThat(shared.isRunning(first)).isFalse();
        assertThat(shared.isRunning(second)).isFalse();
    }

    @Test
    void anUnhushCountsNoHushThatIsOver() {
        shared.start(NOW.plus(Duration.ofMinutes(5)), "olive", NOW);

        assertThat(shared.endAll(NOW.plus(Duration.ofMinutes(5)))).isZero();
    }

    @Test
    void startingAHushDeletesThoseAlreadyOver() {
        shared.start(NOW.plus(Duration.ofMinutes(5)), "olive", NOW);
        Instant later = NOW.plus(Duration.ofHours(1));
        String running = shared.start(later.plus(Duration.ofMinutes(5)), "olive", later);

        assertThat(store.keys("", 10)).containsExactly(running);
    }

    @Test
    void aStoredHushSaysWhoStartedItAndWhenItEnds() {
        String key = shared.start(NOW.plus(Duration.ofMinutes(5)), "olive", NOW);

        assertThat(store.getRecord(key, SharedHushes.StoredHush.class))
                .contains(new SharedHushes.StoredHush("olive", NOW.plus(Duration.ofMinutes(5))));
    }
}
