package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.e2e.cli.Distribution.Result;
import dev.cogbot.e2e.storage.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The real bot with its data folder on a small disk that fills up. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class FullDiskTest {

    private static final int STORAGE = 4;
    private static final int DATA_FOLDER = 5;

    @TempDir
    Path home;

    private Distribution distribution;
    private SmallDisk disk;

    @BeforeEach
    void installOnASmallDisk() throws IOException {
        distribution = Distribution.copyTo(home);
        disk = SmallDisk.mount(home.resolve("data"), 16);
    }

    @AfterEach
    void unmount() {
        disk.close();
    }

    @Test
    void aBotStartedOnAFullDiskSaysSoInOneLineAndExitsNonZero() {
        disk.fill();

        Result run = distribution.run();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(DATA_FOLDER);
        assertThat(run.err().lines().toList()).as(run.toString()).containsExactly("cogbot: cannot write the data folder "
                + disk.path() + ": the disk is full (No space left on device); free some space on it, or choose another --data-dir");
    }

    @Test
    void aBotStartedOnAReadOnlyDiskSaysSoInOneLineAndExitsNonZero() {
        disk.makeReadOnly();

        Result run = distribution.run();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(DATA_FOLDER);
        assertThat(run.err().lines().toList()).as(run.toString()).containsExactly("cogbot: cannot write the data folder "
                + disk.path() + ": the file system is read-only; choose another --data-dir");
    }

    @Test
    void aJokeThatCannotBeCountedGetsAnErrorReplyAndAnErrorLoggedAndNoCountIsLost() throws IOException {
        try (BotProcess bot = BotProcess.start(distribution)) {
            bot.type("!lightbulb");
            bot.type("!lightbulb");
            disk.fill();

            assertThat(bot.type("!lightbulb")).last().asString()
                    .isEqualTo("#general <cogbot> Sorry, !lightbulb ran into a problem; the details are in the bot's log.");

            assertThat(bot.stop()).as("the exit code of a bot whose store was failing").isEqualTo(STORAGE);
            assertThat(bot.errors()).contains("cogbot: the store was failing when the bot stopped; its last call:"
                    + " cannot add 1 to counter 'told' of shared:jokes");
        }
        assertThat(Files.readAllLines(home.resolve("logs/cogbot.log"))).anySatisfy(line -> assertThat(line)
                .contains("ERROR", "The store failed: cannot add 1 to counter 'told' of shared:jokes",
                        "its file could not be written (No space left on device)"));
        disk.free();
        try (BotProcess restarted = BotProcess.start(distribution)) {
            assertThat(restarted.jokesToldAtStart()).isEqualTo(2);
            assertThat(restarted.type("!lightbulb")).last().asString().startsWith("#general <cogbot> How many");
            assertThat(restarted.stop()).isZero();
        }
    }
}
