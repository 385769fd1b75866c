package dev.cogbot.plugins.jokes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

/** The jokes JAR this build made, loaded as the bot loads it: its manifest, its extension index, PF4J. */
class JokesPluginJarIT {

    @Test
    void theBuiltJarLoadsAndTellsAJoke() {
        try (TestBot bot = TestBot.builder().builtPluginJar().build()) {
            assertThat(bot.plugin("jokes")).isPresent();
            assertThat(bot.user("alice").says("!lightbulb")).singleElement().asString()
                    .satisfies(line -> assertThat(JokeBook.LIGHTBULB).contains(line.substring("cogbot: ".length())));
        }
    }
}
