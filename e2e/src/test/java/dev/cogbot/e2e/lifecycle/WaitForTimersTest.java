package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.CogbotApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogbot run --wait-for-timers}: when piped input ends, the bot waits for the plugins'
 * scheduled one-shot work (what they {@code schedule}, their durable timers, and what those schedule
 * in turn) before it stops; their loops (the status plugin's runs all along here) are not waited for.
 * Without the flag, the end of the input stops the bot with that work still pending. The bot's
 * clock is the test's; waiting for the bot to stop is in real time, bounded.
 */
class WaitForTimersTest {

    private static final Duration STOPS_SOON = Duration.ofSeconds(20);
    private static final String WAITING = "the input ended; waiting for ";

    @TempDir
    Path home;

    private LifecycleBot bot;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void withTheFlagTheBotStopsOnlyOnceTheScheduledWorkHasRun() throws Exception {
        start(true);
        bot.type("!later");

        bot.endInput();
        bot.awaitLine(line -> line.equals(WAITING + "1 scheduled task(s) of the plugins before stopping"));
        assertThat(bot.stopsWithin(Duration.ZERO)).as("stopped with a timer pending").isFalse();
        List<String> fired = bot.advance(Duration.ofSeconds(30));

        assertThat(botSaid(fired)).containsExactly("30 seconds later");
        assertThat(bot.stopsWithin(STOPS_SOON)).isTrue();
    }

    @Test
    void workThatTheScheduledWorkSchedulesIsWaitedForToo() throws Exception {
        start(true);
        bot.type("!chain");

        bot.endInput();
        bot.awaitLine(line -> line.startsWith(WAITING));
        assertThat(botSaid(bot.advance(Duration.ofSeconds(10)))).containsExactly("first");
        assertThat(bot.stopsWithin(Duration.ZERO)).as("stopped with the second timer pending").isFalse();
        assertThat(botSaid(bot.advance(Duration.ofSeconds(10)))).containsExactly("second");
        assertThat(bot.stopsWithin(STOPS_SOON)).isTrue();
    }

    @Test
    void durableTimersAreWaitedFor() throws Exception {
        start(true);
        bot.type("!remind_later");

        bot.endInput();
        bot.awaitLine(line -> line.startsWith(WAITING));
        assertThat(bot.stopsWithin(Duration.ZERO)).isFalse();

        assertThat(botSaid(bot.advance(Duration.ofMinutes(1)))).containsExactly("reminder: tea");
        assertThat(bot.stopsWithin(STOPS_SOON)).isTrue();
    }

    @Test
    void aCancelledTimerIsNotWaitedFor() throws Exception {
        start(true);
        bot.type("!later");
        bot.type("!never_mind");

        bot.endInput();

        assertThat(bot.stopsWithin(STOPS_SOON)).isTrue();
        assertThat(bot.screen()).noneMatch(line -> line.startsWith(WAITING));
    }

    @Test
    void withoutTheFlagTheEndOfTheInputStopsTheBotWithTheTimerPending() throws Exception {
        start(false);
        bot.type("!later");

        bot.endInput();

        assertThat(bot.stopsWithin(STOPS_SOON)).isTrue();
        assertThat(botSaid(bot.advance(Duration.ofSeconds(30)))).isEmpty();
        assertThat(bot.screen()).noneMatch(line -> line.startsWith(WAITING));
    }

    private void start(boolean waitForTimers) {
        TestPlugins.plugin("later", "1.0.0").cog("""
                public final class LaterCog implements Cog {
                    private Bot bot;
                    private Cancellable pending;
                    @Override public void onLoad(Bot bot) {
                        this.bot = bot;
                        bot.timers().onFire("remind", timer -> timer.channel().ifPresent(c -> c.send("reminder: " + timer.payload())));
                    }
                    @Command(name = "later") public void later(Context ctx) {
                        pending = bot.schedule(Duration.ofSeconds(30), () -> ctx.send("30 seconds later"));
                    }
                    @Command(name = "never_mind") public void neverMind(Context ctx) { pending.cancel(); }
                    @Command(name = "chain") public void chain(Context ctx) {
                        bot.schedule(Duration.ofSeconds(10), () -> {
                            ctx.send("first");
                            bot.schedule(Duration.ofSeconds(10), () -> ctx.send("second"));
                        });
                    }
                    @Command(name = "remind_later") public void remindLater(Context ctx) {
                        bot.timers().schedule("remind:1", bot.now().plus(Duration.ofMinutes(1)), "tea", ctx.channel());
                    }
                }""").writeTo(pluginsDir().resolve("later-1.0.0.jar"));
        bot = LifecycleBot.start(home, new CogbotApp.Options(List.of(), waitForTimers));
    }

    private Path pluginsDir() {
        Path dir = home.resolve("plugins");
        if (!java.nio.file.Files.isDirectory(dir)) {
            LifecycleBot.copyRealPlugins(dir);
        }
        return dir;
    }
}
