package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.testing.MachineRequirement;
import dev.cogbot.e2e.cli.Distribution.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run by another local user than the bot's: the bot keeps its control folder to
 * itself, so to that user the bot is invisible. It must say whose bot it is, not that none runs.
 * The bot runs as root (as these tests do), the commands as {@code nobody}.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "file owners and setpriv are POSIX")
class CliOfAnotherUserTest {

    private static final int ANOTHER_USERS_BOT = 13;
    private static final String WHOSE = "this bot belongs to the user root";

    @TempDir
    Path dir;

    private Distribution distribution;

    @BeforeEach
    void aDistributionEveryoneMayRun() throws IOException {
        MachineRequirement.require(MachineRequirement.isRoot(), "root, to act as another user");
        // the temporary folder is private to root: let nobody reach the launcher, as in a shared install
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        distribution = Distribution.copyTo(dir.resolve("cogbot"));
    }

    @Test
    void statusOfAnotherUsersRunningBotSaysWhoseItIsAndExits13() {
        try (BotProcess bot = BotProcess.start(distribution)) {
            Result status = distribution.runAsNobody("status");

            assertThat(status.exitCode()).as(status.toString()).isEqualTo(ANOTHER_USERS_BOT);
            assertThat(status.err().lines()).singleElement().asString()
                    .contains(WHOSE, "you are nobody", "run the command as root")
                    .doesNotContain("not running");
            bot.stop();
        }
    }

    @Test
    void unloadByAnotherUserChangesNothingAndSaysWhoseBotItIs() throws IOException {
        try (BotProcess bot = BotProcess.start(distribution)) {
            Result unload = distribution.runAsNobody("unload", "jokes");

            assertThat(unload.exitCode()).as(unload.toString()).isEqualTo(ANOTHER_USERS_BOT);
            assertThat(unload.err().lines()).singleElement().asString().contains(WHOSE);
            assertThat(distribution.run("status").out()).contains("plugins:   5 started");
            bot.stop();
        }
    }

    @Test
    void aStoppedBotOfAnotherUserIsStillTheirsNotAbsent() throws IOException {
        try (BotProcess bot = BotProcess.start(distribution)) {
            bot.stop();
        }
        Path data = distribution.home().resolve("data");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));

        Result plugins = distribution.runAsNobody("plugins");

        assertThat(plugins.exitCode()).as(plugins.toString()).isEqualTo(ANOTHER_USERS_BOT);
        assertThat(plugins.err()).contains(WHOSE, data.toString());
    }

    @Test
    void runningTheBotOnAnotherUsersDataFolderSaysWhoseItIsAndExits13LikeTheOtherCommands() throws IOException {
        try (BotProcess bot = BotProcess.start(distribution)) {
            bot.stop();
        }
        Path data = distribution.home().resolve("data");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result run = distribution.runAsNobody("run");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ANOTHER_USERS_BOT);
        assertThat(run.err().lines().filter(line -> line.startsWith("cogbot: "))).singleElement().asString()
                .contains(WHOSE, "you are nobody", "run the command as root")
                .doesNotContain("permission denied");
    }

    @Test
    void unloadOnABotOfAnotherUserThatNeverRanSaysWhoseItIsRatherThanFailingToWriteAFile() {
        Result unload = distribution.runAsNobody("unload", "jokes");

        assertThat(unload.exitCode()).as(unload.toString()).isEqualTo(ANOTHER_USERS_BOT);
        assertThat(unload.err().lines()).singleElement().asString().contains(WHOSE);
    }
}
