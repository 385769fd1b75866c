package dev.cogbot.plugins.jokes;

import static dev.cogbot.plugins.jokes.KnockKnockTranscript.setupIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JokesLifecycleTest {

    @Test
    void unloadingMidJokeEndsItWithoutAWord() {
        try (TestBot bot = jokesBot().build()) {
            bot.user("alice").says("!knock_knock");

            assertThat(unloadJokes(bot)).isEmpty();
            assertThat(bot.advance(Duration.ofMinutes(2))).isEmpty();
        }
    }

    @Test
    void unloadingMidJokeLeavesNoWaitBehind() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            alice.says("Who's there?");

            assertThat(bot.unload("jokes").clean()).isTrue();
            assertThat(bot.runtime().pendingWaits()).isZero();
        }
    }

    @Test
    void unloadingBeforeTheLaughStopsTypingAndDoesNotCountTheJoke() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            String setup = setupIn(alice.says("Who's there?"));
            alice.says(setup + " who?");
            bot.advance(Duration.ofSeconds(2));

            unloadJokes(bot);

            assertThat(bot.advance(Duration.ofMinutes(1))).isEmpty();
            assertThat(bot.sharedStore("jokes").counter("told")).isZero();
        }
    }

    @Test
    void aMalformedReplyTimeoutFailsTheLoadNotTheFirstJoke() {
        try (TestBot bot = TestBot.builder().setting("jokes.reply-timeout", "a while").build()) {
            assertThatThrownBy(() -> bot.load("jokes", new JokesCog()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("reply-timeout");
            assertThat(bot.plugin("jokes")).isEmpty();
        }
    }

    @Test
    void aReplyTimeoutOfZeroFailsTheLoad() {
        try (TestBot bot = TestBot.builder().setting("jokes.reply-timeout", "0s").build()) {
            assertThatThrownBy(() -> bot.load("jokes", new JokesCog()))
                    .hasMessage("setting jokes.reply-timeout (from jokes.reply-timeout in the bot's settings) must be"
                            + " a duration such as 30s, 5m or 1h, longer than 0, got '0s'");
            assertThat(bot.plugin("jokes")).isEmpty();
        }
    }

    @Test
    void aMalformedLaughDelayFailsTheLoadNotTheFirstJoke() {
        try (TestBot bot = TestBot.builder().setting("jokes.laugh-delay", "-1s").build()) {
            assertThatThrownBy(() -> bot.load("jokes", new JokesCog()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("laugh-delay");
        }
    }

    private static List<String> unloadJokes(TestBot bot) {
        bot.unload("jokes");
        return bot.advance(Duration.ZERO);
    }

    private static TestBot.Builder jokesBot() {
        return TestBot.builder().plugin("jokes", new JokesCog());
    }
}
