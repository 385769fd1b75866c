package dev.cogbot.plugins.jokes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LightbulbTest {

    private final TestBot bot = TestBot.builder().plugin("jokes", new JokesCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void answersWithOneLightbulbJoke() {
        assertThat(alice.says("!lightbulb"))
                .singleElement()
                .satisfies(line -> assertThat(JokeBook.LIGHTBULB).contains(line.substring("cogbot: ".length())));
    }

    @Test
    void doesNotAlwaysTellTheSameJoke() {
        Set<String> heard = new HashSet<>();
        for (int tries = 0; tries < 50 && heard.size() < 2; tries++) {
            heard.addAll(alice.says("!lightbulb"));
        }

        assertThat(heard).hasSizeGreaterThan(1);
    }

    @Test
    void waitsForNoReply() {
        alice.says("!lightbulb");

        assertThat(bot.runtime().pendingWaits()).isZero();
        assertThat(alice.says("Who's there?")).isEmpty();
    }
}
