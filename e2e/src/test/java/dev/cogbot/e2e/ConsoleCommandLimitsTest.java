package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-member command limits guard a chat shared with strangers; the console is the operator's
 * own keyboard, and a script piped into it must run every line.
 */
class ConsoleCommandLimitsTest {

    /** More than a member's default burst (20), with no time passing on the bot's clock. */
    private static final int COMMANDS = 50;

    @TempDir
    Path home;

    private ConsoleSession console;

    @BeforeEach
    void startBot() {
        console = new ConsoleSession(home, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void stopBot() {
        console.close();
    }

    @Test
    void everyCommandTypedOnTheConsoleIsAnsweredHoweverManyComeAtOnce() {
        for (int i = 1; i <= COMMANDS; i++) {
            List<String> lines = console.type("!lightbulb");
            assertThat(lines).as("the answer to joke %d of %d", i, COMMANDS).hasSize(2);
            assertThat(lines.get(1)).startsWith("#general <cogbot> ");
        }
    }
}
