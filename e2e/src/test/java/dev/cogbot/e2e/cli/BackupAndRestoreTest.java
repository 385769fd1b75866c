package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.e2e.cli.Distribution.Result;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StoreScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogbot backup FILE} against the running bot, and the restore the README describes. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class BackupAndRestoreTest {

    @TempDir
    Path home;

    @TempDir
    Path backups;

    /** One test, as each bot start costs a second or more: online backup, offline backup, restore. */
    @Test
    void aBackupTakenWhileTheBotRunsOrNotRestoresTheCountOfItsMoment() throws IOException {
        Distribution distribution = Distribution.copyTo(home);
        Path whileRunning = backups.resolve("before-upgrade.zip");
        try (BotProcess bot = BotProcess.start(distribution)) {
            bot.type("!lightbulb");
            bot.type("!lightbulb");

            Result taken = distribution.run("backup", whileRunning.toString());

            assertThat(taken.exitCode()).as(taken.toString()).isZero();
            assertThat(taken.out()).startsWith("backed up the store to " + whileRunning);
            bot.type("!lightbulb");
            assertThat(bot.stop()).isZero();
        }
        Path whileStopped = backups.resolve("stopped.zip");
        Result taken = distribution.run("backup", whileStopped.toString());
        assertThat(taken.exitCode()).as(taken.toString()).isZero();
        Path unpacked = backups.resolve("unpacked");
        Files.createDirectories(unpacked);
        restore(whileStopped, unpacked);
        try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(unpacked))) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo(3);
        }

        restore(whileRunning, home.resolve("data"));

        try (BotProcess restored = BotProcess.start(distribution)) {
            assertThat(restored.jokesToldAtStart()).isEqualTo(2);
            assertThat(restored.stop()).isZero();
        }
    }

    /** What the README says to do with the bot stopped: unzip the backup into the data folder. */
    private static void restore(Path backup, Path dataDir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Files.copy((InputStream) zip, dataDir.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
