package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The real bot with {@code jdbc-url} on a real PostgreSQL server, which restarts under it. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class StoreOnPostgresTest {

    private static final String PROBLEM = "#general <cogbot> Sorry, !lightbulb ran into a problem; the details are in the bot's log.";

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @TempDir
    Path home;

    private Distribution distribution;

    @BeforeEach
    void installOnPostgres() throws IOException {
        distribution = Distribution.copyTo(home);
        Files.writeString(home.resolve("conf/cogbot.properties"), "\njdbc-url=" + postgres.newDatabase() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void theJokesCountIsKeptInPostgresAcrossARestartOfTheBot() {
        try (BotProcess bot = BotProcess.start(distribution)) {
            bot.type("!lightbulb");
            bot.type("!lightbulb");
            assertThat(bot.stop()).isZero();
        }
        try (BotProcess restarted = BotProcess.start(distribution)) {
            assertThat(restarted.jokesToldAtStart()).isEqualTo(2);
            assertThat(restarted.stop()).isZero();
        }
    }

    @Test
    void whilePostgresIsDownAJokeFailsLoudlyOtherCommandsWorkAndOnceItIsBackNothingIsLost() {
        try (BotProcess bot = BotProcess.start(distribution)) {
            bot.type("!lightbulb");
            postgres.stop();
            try {
                assertThat(bot.type("!lightbulb")).last().asString().isEqualTo(PROBLEM);
                assertThat(bot.type("!help lightbulb")).isNotEmpty().noneMatch(line -> line.contains("Sorry"));
            } finally {
                postgres.start();
            }

            assertThat(bot.type("!lightbulb")).last().asString().startsWith("#general <cogbot> How many");
            assertThat(bot.stop()).as("the store works again, so the bot stops cleanly").isZero();
        }
        assertThat(home.resolve("logs/cogbot.log")).content().contains("The store failed: cannot add 1 to counter 'told'",
                "works again, after 1 failed call(s)");
        try (BotProcess restarted = BotProcess.start(distribution)) {
            assertThat(restarted.jokesToldAtStart()).isEqualTo(2);
            assertThat(restarted.stop()).isZero();
        }
    }
}
