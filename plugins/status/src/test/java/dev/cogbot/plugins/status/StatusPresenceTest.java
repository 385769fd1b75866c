package dev.cogbot.plugins.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Activity;
import dev.cogbot.testkit.InMemoryStore;
import dev.cogbot.testkit.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPresenceTest {

    private static final String JOKES_TOLD = "told";

    @Test
    void showsTheCountAsSoonAsItIsLoaded() {
        try (TestBot bot = statusBot().build()) {
            assertThat(bot.transcript()).containsExactly("presence: playing Jokes told: 0");
        }
    }

    @Test
    void showsTheStoredCountAsSoonAsItIsLoaded() {
        InMemoryStore store = new InMemoryStore();
        store.shared("jokes").add(JOKES_TOLD, 7);

        try (TestBot bot = statusBot().store(store).build()) {
            assertThat(bot.presence()).contains(Activity.playing("Jokes told: 7"));
        }
    }

    @Test
    void refreshesEveryMinute() {
        try (TestBot bot = startedStatusBot()) {
            bot.sharedStore("jokes").add(JOKES_TOLD, 3);

            assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("presence: playing Jokes told: 3");
        }
    }

    @Test
    void doesNotRefreshBeforeTheMinuteIsUp() {
        try (TestBot bot = startedStatusBot()) {
            bot.sharedStore("jokes").add(JOKES_TOLD, 3);

            assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
            assertThat(bot.presence()).contains(Activity.playing("Jokes told: 0"));
        }
    }

    @Test
    void eachRefreshShowsTheCountAtThatMoment() {
        try (TestBot bot = startedStatusBot()) {
            bot.sharedStore("jokes").add(JOKES_TOLD, 3);
            assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("presence: playing Jokes told: 3");

            bot.sharedStore("jokes").add(JOKES_TOLD, 2);

            assertThat(bot.advance(Duration.ofMinutes(1))).containsExactly("presence: playing Jokes told: 5");
        }
    }

    @Test
    void refreshesFiveTimesInFiveMinutes() {
        try (TestBot bot = startedStatusBot()) {
            assertThat(presenceLines(bot.advance(Duration.ofMinutes(5)))).hasSize(5);
        }
    }

    @Test
    void keepsToTheMinuteWhenTimeMovesInOddSteps() {
        try (TestBot bot = startedStatusBot()) {
            assertThat(bot.advance(Duration.ofSeconds(45))).isEmpty();      // 0:45
            assertThat(bot.advance(Duration.ofSeconds(45))).hasSize(1);     // 1:30, ticked at 1:00
            assertThat(bot.advance(Duration.ofSeconds(45))).hasSize(1);     // 2:15, ticked at 2:00
            assertThat(bot.advance(Duration.ofSeconds(44))).isEmpty();      // 2:59
            assertThat(bot.advance(Duration.ofSeconds(1))).hasSize(1);      // 3:00
        }
    }

    @Test
    void honoursAConfiguredInterval() {
        try (TestBot bot = statusBot().setting("status.interval", "30s").build()) {
            bot.advance(Duration.ZERO); // start-up's presence

            assertThat(presenceLines(bot.advance(Duration.ofMinutes(5)))).hasSize(10);
        }
    }

    @Test
    void staysQuietAfterItIsUnloaded() {
        try (TestBot bot = startedStatusBot()) {
            bot.unload("status");
            bot.sharedStore("jokes").add(JOKES_TOLD, 1);

            assertThat(bot.advance(Duration.ofHours(1))).isEmpty();
        }
    }

    @Test
    void leavesNothingRunningWhenUnloaded() {
        try (TestBot bot = startedStatusBot()) {
            assertThat(bot.unload("status").clean()).isTrue();
            assertThat(bot.time().pendingTimers()).isZero();
        }
    }

    @Test
    void showsJokesToldWhileItWasUnloadedAsSoonAsItIsLoadedAgain() {
        try (TestBot bot = startedStatusBot()) {
            bot.sharedStore("jokes").add(JOKES_TOLD, 2);
            bot.advance(Duration.ofMinutes(1));
            bot.unload("status");

            bot.sharedStore("jokes").add(JOKES_TOLD, 4);

            assertThat(bot.load("status", new StatusCog())).containsExactly("presence: playing Jokes told: 6");
        }
    }

    @Test
    void refreshesEveryMinuteAgainOnceLoadedAgain() {
        try (TestBot bot = startedStatusBot()) {
            bot.unload("status");
            bot.load("status", new StatusCog());

            assertThat(presenceLines(bot.advance(Duration.ofMinutes(3)))).hasSize(3);
        }
    }

    /** A bot with the status plugin loaded and its first presence set, so later calls return only what follows. */
    private static TestBot startedStatusBot() {
        TestBot bot = statusBot().build();
        assertThat(bot.transcript()).containsExactly("presence: playing Jokes told: 0");
        bot.advance(Duration.ZERO); // the kit hands lines from start-up to the first call; take them now
        return bot;
    }

    private static TestBot.Builder statusBot() {
        return TestBot.builder().plugin("status", new StatusCog());
    }

    private static List<String> presenceLines(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("presence:")).toList();
    }
}
