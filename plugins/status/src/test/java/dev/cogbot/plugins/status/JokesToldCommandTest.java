package dev.cogbot.plugins.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JokesToldCommandTest {

    private final TestBot bot = TestBot.builder().plugin("status", new StatusCog()).build();
    private final TestUser alice = bot.user("alice");

    @BeforeEach
    void takeStartUpLines() {
        // Loading sets the presence at once, and the kit hands start-up's lines to the first call;
        // take them now so each reply below stands alone.
        bot.advance(Duration.ZERO);
    }

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void saysNoJokesHaveBeenToldYet() {
        assertThat(alice.says("!jokes_told")).containsExactly("cogbot: No jokes told yet. Try a knock-knock!");
    }

    @Test
    void saysOneJokeInTheSingular() {
        bot.sharedStore("jokes").add("told", 1);

        assertThat(alice.says("!jokes_told")).containsExactly("cogbot: I've told 1 joke.");
    }

    @Test
    void saysHowManyJokesHaveBeenTold() {
        bot.sharedStore("jokes").add("told", 42);

        assertThat(alice.says("!jokes_told")).containsExactly("cogbot: I've told 42 jokes.");
    }

    @Test
    void answersToTold() {
        bot.sharedStore("jokes").add("told", 3);

        assertThat(alice.says("!told")).containsExactly("cogbot: I've told 3 jokes.");
    }

    @Test
    void doesNotChangeThePresence() {
        assertThat(alice.says("!told")).noneMatch(line -> line.startsWith("presence:"));
    }
}
