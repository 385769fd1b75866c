package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot ({@code bin/cogbot} on the console, its store in {@code data/}): a reminder the bot
 * confirmed is still there after a {@code kill -9}, since a durable timer is stored before its
 * scheduling returns.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class ReminderAfterKillNineTest {

    @TempDir
    Path home;

    @Test
    void aConfirmedReminderSurvivesAKillNine() {
        Distribution distribution = Distribution.copyTo(home);
        try (BotProcess bot = BotProcess.start(distribution)) {
            // the echo of the command (after the console user's name), then the answer
            assertThat(bot.type("!remind me 1h tea")).hasSize(2).last().isEqualTo("#general <cogbot> I'll remind you in 1h.");
            bot.kill();
        }

        try (BotProcess bot = BotProcess.start(distribution)) {
            // the echo of the command, then the answer's two lines
            List<String> listed = bot.type("!reminders");
            assertThat(listed).hasSize(3);
            assertThat(listed.get(1)).isEqualTo("#general <cogbot> Your reminders:");
            assertThat(listed.get(2).strip()).startsWith("1. in ").endsWith(": tea");
            assertThat(bot.stop()).isZero();
        }
    }
}
