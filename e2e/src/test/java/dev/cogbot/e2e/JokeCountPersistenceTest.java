package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count of jokes told lives in the bot's database, not in any plugin. */
class JokeCountPersistenceTest {

    @TempDir
    Path home;

    @Test
    void jokesToldSurviveARestartOfTheBot() {
        try (ConsoleSession first = new ConsoleSession(home, null)) {
            first.type("!lightbulb");
            first.type("!lightbulb");
        }
        try (ConsoleSession second = new ConsoleSession(home, null)) {
            assertThat(second.screen()).contains("cogbot is now playing: Jokes told: 2");
        }
    }
}
