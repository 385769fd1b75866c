package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.control.ControlServer;
import dev.cogbot.runtime.control.FakeBot;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StoreScope;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogbot backup FILE} in process: through the running bot, or from the database file when none runs. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Unix domain sockets in a POSIX temp folder")
class BackupCommandTest {

    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
    }

    private Run cogbot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = home.toString();
        int code = CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theRunningBotIsAskedWithTheFileAsAnAbsolutePath() {
        FakeBot bot = new FakeBot();
        try (ControlServer server = ControlServer.claim(home.resolve("data"))) {
            server.serve(bot);

            Run backup = cogbot("backup", "cogbot-backup.zip");

            Path absolute = Path.of("cogbot-backup.zip").toAbsolutePath();
            assertThat(backup).isEqualTo(new Run(0, "backed up to " + absolute + "\n", ""));
            assertThat(bot.calls).containsExactly("backup " + absolute);
        }
    }

    @Test
    void withNoBotRunningTheBackupIsTakenFromTheDatabaseFile() throws Exception {
        try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(home.resolve("data")))) {
            store.add(StoreScope.shared("jokes"), "told", 3);
        }
        Path file = home.resolve("backup.zip");

        Run backup = cogbot("backup", file.toString());

        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        assertThat(backup.out()).startsWith("backed up the store to " + file + " (")
                .endsWith("KiB); to restore it, stop the bot and unzip it into the data folder\n");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("cogbot.mv.db")).isNotNull();
        }
    }

    @Test
    void withNoBotAndNoStoreThereIsNothingToBackUp() {
        Run backup = cogbot("backup", home.resolve("backup.zip").toString());

        assertThat(backup.exitCode()).isEqualTo(ExitCode.STORAGE.code());
        assertThat(backup.err()).isEqualTo("cogbot: no store to back up: " + home.resolve("data").resolve("cogbot.mv.db")
                + " does not exist (has the bot ever run with this data folder?)\n");
        assertThat(Files.exists(home.resolve("data").resolve("cogbot.mv.db"))).as("no empty database made").isFalse();
    }

    @Test
    void itsHelpSaysHowToRestoreAndListsItsExitCodes() {
        Run help = cogbot("backup", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("To restore, stop the bot and unzip FILE into the data"
                + " folder", "Exit codes:", " 4 The store could not be read",
                " 13 The bot's files belong to another user");
    }
}
