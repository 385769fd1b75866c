package dev.cogbot.e2e.cli;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/cogbot run} with a Discord token, against the local Discord-protocol server. */
class DiscordLauncherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String WRONG_TOKEN = "MTIzNDU2Nzg5.d3Jvbmc.definitely-not-the-token";

    @TempDir
    Path dir;

    @Test
    void aWrongTokenEndsWithOneClearLineAndExitCode20AndTheTokenAppearsNowhere() throws Exception {
        Distribution distribution = Distribution.copyTo(dir.resolve("cogbot"));
        try (FakeDiscord discord = FakeDiscord.start()) {
            ProcessBuilder launcher = distribution.launcher("run", "--api-base-url", discord.restBaseUrl());
            launcher.environment().put("DISCORD_TOKEN", WRONG_TOKEN);
            Distribution.Result result = runToEnd(launcher);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(20);
            assertThat(result.err()).contains("Discord rejected the bot token from DISCORD_TOKEN");
            assertThat(result.out() + result.err()).doesNotContain(WRONG_TOKEN);
            assertThat(Files.readString(distribution.home().resolve("logs").resolve("cogbot.log"))).doesNotContain(WRONG_TOKEN);
        }
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedBecauseEveryUserCouldReadIt() throws Exception {
        Distribution distribution = Distribution.copyTo(dir.resolve("cogbot"));
        Distribution.Result result = distribution.run("run", "--token", WRONG_TOKEN);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains("DISCORD_TOKEN", "--token-file").doesNotContain(WRONG_TOKEN);
    }

    @Test
    void withATokenFileTheBotServesDiscordAndStatusShowsItConnected() throws Exception {
        Distribution distribution = Distribution.copyTo(dir.resolve("cogbot"));
        try (FakeDiscord discord = FakeDiscord.start()) {
            Path tokenFile = Files.writeString(dir.resolve("token"), discord.token() + "\n");
            Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r--r--"));
            Path stderr = dir.resolve("stderr.txt");
            Path stdout = dir.resolve("stdout.txt");
            Process bot = distribution.launcher("run", "--token-file", tokenFile.toString(),
                    "--api-base-url", discord.restBaseUrl()).redirectError(stderr.toFile())
                    .redirectOutput(stdout.toFile()).start();
            try {
                discord.await(Recorded.PresenceUpdate.class, p -> p.presence().activities().stream()
                        .anyMatch(a -> a.name().startsWith("Jokes told")), PATIENCE);

                int mark = discord.mark();
                discord.userSays(ALICE_ID, GENERAL_ID, "!lightbulb");
                discord.awaitAfter(mark, Recorded.MessageSent.class, m -> m.channelId() == GENERAL_ID, PATIENCE);

                Distribution.Result status = distribution.run("status");
                assertThat(status.exitCode()).as(status.toString()).isZero();
                assertThat(status.out()).contains("discord (shard 0 CONNECTED)", "ready:     yes");
            } finally {
                bot.destroy();
                assertThat(bot.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the bot stops on SIGTERM").isTrue();
            }
            assertThat(Files.readString(stderr)).contains("can be read by other users", "chmod 600");
            // no console chat on Discord: the plugin events are plain lines on stdout
            assertThat(Files.readString(stdout)).containsPattern("(?m)^plugin jokes \\S+ loaded \\(jokes-\\S+\\.jar\\)$");
            String everything = Files.readString(stderr)
                    + Files.readString(distribution.home().resolve("logs").resolve("cogbot.log"));
            assertThat(everything).doesNotContain(discord.token());
        }
    }

    private static Distribution.Result runToEnd(ProcessBuilder launcher) throws Exception {
        Path out = Files.createTempFile("cogbot-out", ".txt");
        Path err = Files.createTempFile("cogbot-err", ".txt");
        try {
            Process process = launcher.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bin/cogbot did not end within " + PATIENCE);
            }
            return new Distribution.Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
