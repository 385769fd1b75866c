package dev.cogbot.plugins.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.InMemoryStore;
import dev.cogbot.testkit.InMemoryTimerStore;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code !poll 1h …}: a poll that closes by itself, with a durable timer. */
class PollClosingTimeTest {

    private static final String USAGE = " Usage: !poll [closes_in] <question> <answers...>";

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryTimerStore timers = new InMemoryTimerStore();
    private final TestBot bot = startAt(Instant.parse("2026-01-01T12:00:00Z"));
    private final TestUser alice = bot.user("alice");

    private TestBot startAt(Instant clock) {
        return TestBot.builder().plugin("poll", new PollCog()).store(store).timers(timers).startingAt(clock).build();
    }

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void aPollGivenADurationShowsWhenItCloses() {
        assertThat(alice.says("!poll 1h Lunch? pizza sushi")).singleElement().asString()
                .contains("| Poll 1 by alice · click an answer to vote, click it again to take your vote back · closes"
                        + " | 2026-01-01T13:00:00Z]");
    }

    @Test
    void aPollGivenADurationClosesByItselfThen() {
        alice.says("!poll 1h Lunch? pizza sushi");
        String pollId = bot.lastSentId();

        assertThat(bot.advance(Duration.ofHours(1))).containsExactly("cogbot edited " + pollId
                + ": [Lunch? | Closed with no votes. | pizza: 0 votes | sushi: 0 votes | Poll 1 by alice]");
        assertThat(bot.store("poll").getRecord("poll.1", Poll.class)).hasValueSatisfying(
                poll -> assertThat(poll.closed()).isTrue());
    }

    @Test
    void itIsStillOpenJustBefore() {
        alice.says("!poll 1h Lunch? pizza sushi");

        assertThat(bot.advance(Duration.ofMinutes(59))).isEmpty();
    }

    @Test
    void aBareNumberIsMinutes() {
        alice.says("!poll 5 Lunch? pizza sushi");

        assertThat(bot.advance(Duration.ofMinutes(5))).singleElement().asString().contains("Closed with no votes.");
    }

    @Test
    void aQuestionThatIsNoDurationIsTheQuestion() {
        assertThat(alice.says("!poll \"Lunch at 1?\" pizza sushi")).singleElement().asString()
                .startsWith("cogbot: [Lunch at 1? | pizza: 0 votes");
    }

    @Test
    void aDurationOfMoreThanThirtyDaysIsRefused() {
        assertThat(alice.says("!poll 31d Lunch? pizza sushi")).containsExactly(
                "cogbot: A poll can close by itself from 1m to 30d after it is asked, not 31d." + USAGE);
        assertThat(bot.store("poll").keys("poll.", 10)).isEmpty();
    }

    @Test
    void aDurationOfLessThanAMinuteIsRefused() {
        assertThat(alice.says("!poll 30s Lunch? pizza sushi")).containsExactly(
                "cogbot: A poll can close by itself from 1m to 30d after it is asked, not 30s." + USAGE);
    }

    @Test
    void aPollWithoutADurationNeverClosesByItself() {
        alice.says("!poll Lunch? pizza sushi");

        assertThat(bot.advance(Duration.ofDays(365))).isEmpty();
    }

    @Test
    void itClosesWhenDueAfterAReloadOfThePlugin() {
        alice.says("!poll 1h Lunch? pizza sushi");
        bot.unload("poll");
        bot.load("poll", new PollCog());

        assertThat(bot.advance(Duration.ofHours(1))).singleElement().asString().contains("Closed with no votes.");
    }

    @Test
    void itClosesAfterARestartWhenDue() {
        alice.says("!poll 1h Lunch? pizza sushi");
        bot.close();

        try (TestBot after = startAt(bot.now().plus(Duration.ofMinutes(10)))) {
            after.advance(Duration.ofMinutes(50));

            assertThat(after.store("poll").getRecord("poll.1", Poll.class)).hasValueSatisfying(
                    poll -> assertThat(poll.closed()).isTrue());
        }
    }
}
