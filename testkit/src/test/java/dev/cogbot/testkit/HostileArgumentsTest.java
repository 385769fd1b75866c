package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Arguments made to hurt: each gets one short line back, and the log stays clean. */
class HostileArgumentsTest {

    static final class TypedCog implements Cog {
        @Command
        public void delay(Context ctx, @Arg(value = "time", unit = ChronoUnit.MINUTES) Duration time) {
            ctx.send(time.toString());
        }

        @Command
        public void count(Context ctx, @Arg("n") long n) {
            ctx.send(Long.toString(n));
        }

        @Command
        public void say(Context ctx, @Arg(value = "text", rest = true) String text) {
            ctx.send("said " + text.length());
        }
    }

    private final LoggedProblems problems = LoggedProblems.capture();
    private final TestBot bot = TestBot.builder().plugin("typed", new TypedCog()).build();
    private final TestUser mallory = bot.user("mallory");

    @AfterEach
    void close() {
        bot.close();
        problems.close();
    }

    @Test
    void aDurationOfHundredsOfPartsIsAnsweredInOneLineWithoutAStackTrace() {
        assertThat(mallory.says("!delay " + "1s".repeat(1000) + "x")).containsExactly(
                "cogbot: <time> is too long (2001 characters); it takes at most 100. Usage: !delay <time>");
        assertThat(problems.lines()).isEmpty();
    }

    @Test
    void aDurationTooLongToReadButUnderTheArgumentLimitIsAnsweredInOneLine() {
        assertThat(mallory.says("!delay " + "1s".repeat(40))).singleElement().asString()
                .contains("<time>: a duration of 80 characters is too long to read; try 30s, 5m or 1h");
        assertThat(problems.lines()).isEmpty();
    }

    @Test
    void anOverlongNumberIsRefusedByItsLengthNotQuotedBack() {
        assertThat(mallory.says("!count " + "9".repeat(5000))).containsExactly(
                "cogbot: <n> is too long (5000 characters); it takes at most 100. Usage: !count <n>");
    }

    @Test
    void anOverlongTextIsRefusedBeyondWhatDiscordLetsAPersonSend() {
        assertThat(mallory.says("!say " + "a".repeat(4000))).containsExactly("cogbot: said 4000");
        assertThat(mallory.says("!say " + "a".repeat(4001))).containsExactly(
                "cogbot: <text> is too long (4001 characters); it takes at most 4000. Usage: !say <text...>");
    }

    @Test
    void aHugeUnknownCommandIsQuotedBackShortened() {
        assertThat(mallory.says("!" + "z".repeat(100_000))).containsExactly(
                "cogbot: I don't know !" + "z".repeat(40) + "…. Type !help for the list.");
        assertThat(problems.lines()).isEmpty();
    }

    @Test
    void helpForAHugeNameIsQuotedBackShortened() {
        assertThat(mallory.says("!help " + "z".repeat(3000))).containsExactly(
                "cogbot: There is no command called !" + "z".repeat(40) + "….");
    }
}
