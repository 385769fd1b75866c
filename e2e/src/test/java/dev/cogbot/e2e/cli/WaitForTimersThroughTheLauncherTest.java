package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script piped into {@code bin/cogbot run --wait-for-timers} sees the reminder it asked for before
 * the bot stops. A process of its own runs on the system clock, so the reminder is due in one
 * second of real time: the shortest the remind plugin takes. (The in-process specification, on a
 * clock the test moves, is lifecycle.WaitForTimersTest.)
 */
class WaitForTimersThroughTheLauncherTest {

    @TempDir
    Path dir;

    @Test
    void aPipedScriptWaitsForItsReminderThenTheBotStops() throws Exception {
        Distribution distribution = Distribution.copyTo(dir.resolve("cogbot"));
        Path script = Files.writeString(dir.resolve("script.txt"), "!remind me 1s tea\n");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");

        Process bot = distribution.launcher("run", "--wait-for-timers").redirectInput(script.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertThat(bot.waitFor(60, TimeUnit.SECONDS)).as("the bot stops once the reminder is done").isTrue();
        String transcript = Files.readString(out);
        assertThat(bot.exitValue()).as(transcript + Files.readString(err)).isZero();
        assertThat(transcript).contains("the input ended; waiting for 1 scheduled task(s) of the plugins before stopping");
        assertThat(transcript.substring(transcript.indexOf("the input ended"))).contains("tea");
    }
}
