package dev.cogbot.plugins.jokes;

import static dev.cogbot.plugins.jokes.KnockKnockTranscript.punchlineLineFor;
import static dev.cogbot.plugins.jokes.KnockKnockTranscript.setupIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KnockKnockTimingTest {

    private static final String GAVE_UP = "cogbot: Well, if you aren't talking, I'm not listening.";

    @Test
    void givesUpAfterAMinuteWithoutWhosThere() {
        try (TestBot bot = jokesBot().build()) {
            bot.user("alice").says("!knock_knock");

            assertThat(bot.advance(Duration.ofSeconds(60))).containsExactly(GAVE_UP);
        }
    }

    @Test
    void isStillListeningFiftyNineSecondsAfterKnockKnock() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");

            assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
            setupIn(alice.says("Who's there?"));
        }
    }

    @Test
    void givesUpAfterAMinuteWithoutTheSetupWho() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            alice.says("Who's there?");

            assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
            assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly(GAVE_UP);
        }
    }

    @Test
    void givesTheUserAFreshMinuteForEachLine() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            bot.advance(Duration.ofSeconds(50));
            setupIn(alice.says("Who's there?"));

            assertThat(bot.advance(Duration.ofSeconds(59))).isEmpty();
            assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly(GAVE_UP);
        }
    }

    @Test
    void ignoresALateReplyOnceItHasGivenUp() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            bot.advance(Duration.ofSeconds(60));

            assertThat(alice.says("Who's there?")).isEmpty();
        }
    }

    @Test
    void givingUpOnOneUserLeavesAnotherUsersJokeGoing() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            TestUser bob = bot.user("bob");
            alice.says("!knock_knock");
            bot.advance(Duration.ofSeconds(30));
            bob.says("!knock_knock");

            assertThat(bot.advance(Duration.ofSeconds(30))).containsExactly(GAVE_UP);
            setupIn(bob.says("Who's there?"));
        }
    }

    @Test
    void honoursAConfiguredReplyTimeout() {
        try (TestBot bot = jokesBot().setting("jokes.reply-timeout", "10s").build()) {
            bot.user("alice").says("!knock_knock");

            assertThat(bot.advance(Duration.ofSeconds(9))).isEmpty();
            assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly(GAVE_UP);
        }
    }

    @Test
    void honoursAConfiguredReplyTimeoutForTheSetupWhoToo() {
        try (TestBot bot = jokesBot().setting("jokes.reply-timeout", "10s").build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            alice.says("Who's there?");

            assertThat(bot.advance(Duration.ofSeconds(9))).isEmpty();
            assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly(GAVE_UP);
        }
    }

    @Test
    void honoursAConfiguredLaughDelay() {
        try (TestBot bot = jokesBot().setting("jokes.laugh-delay", "2s").build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            String setup = setupIn(alice.says("Who's there?"));
            assertThat(alice.says(setup + " who?")).containsExactly(punchlineLineFor(setup), "cogbot is typing…");

            assertThat(bot.advance(Duration.ofMillis(1_900))).isEmpty();
            assertThat(bot.advance(Duration.ofMillis(100))).containsExactly("cogbot: lmao");
        }
    }

    @Test
    void keepsTypingThroughALongLaughDelay() {
        // Discord drops "is typing…" after about ten seconds, so a long delay has to renew it.
        try (TestBot bot = jokesBot().setting("jokes.laugh-delay", "20s").build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            String setup = setupIn(alice.says("Who's there?"));
            alice.says(setup + " who?");

            assertThat(bot.advance(Duration.ofSeconds(19))).isNotEmpty().containsOnly("cogbot is typing…");
            assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly("cogbot: lmao");
        }
    }

    @Test
    void stopsTypingOnceItHasLaughed() {
        try (TestBot bot = jokesBot().build()) {
            TestUser alice = bot.user("alice");
            alice.says("!knock_knock");
            String setup = setupIn(alice.says("Who's there?"));
            alice.says(setup + " who?");
            bot.advance(Duration.ofSeconds(5));

            assertThat(bot.advance(Duration.ofMinutes(1))).isEmpty();
        }
    }

    private static TestBot.Builder jokesBot() {
        return TestBot.builder().plugin("jokes", new JokesCog());
    }
}
