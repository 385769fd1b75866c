package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.bot.BotRuntime;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the bot from two sides at once: its input ending, and whoever owns the app closing it. */
class ClosingTest {

    @TempDir
    Path home;

    private LifecycleBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void closingTheAppWhileTheBotClosesItselfLeavesAPluginItsClassesUntilItsOnUnloadReturns() throws Exception {
        // a grace no stall of a busy machine outlasts: the onUnload below must still be running when the app closes
        bot = LifecycleBot.start(home, config -> config.withOverride("unload-grace", "1m"));
        TestPlugins.plugin("lingering", "1.0.0").cog("""
                public final class LingeringCog implements Cog {
                    public static final CountDownLatch ENTERED = new CountDownLatch(1);
                    public static final CountDownLatch RELEASE = new CountDownLatch(1);
                    public static volatile String farewell;
                    @Override public void onUnload() {
                        ENTERED.countDown();
                        try {
                            RELEASE.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        farewell = Farewell.words(); // a class of the plugin's that is loaded only now
                    }
                }""").helper("""
                final class Farewell {
                    static String words() { return "goodbye"; }
                }""").writeTo(bot.pluginsDir().resolve("lingering.jar"));
        bot.plugins().load("lingering");
        Class<?> cog = bot.runtime().plugin("lingering").orElseThrow().cogs().getFirst().cog().getClass();
        CountDownLatch entered = (CountDownLatch) cog.getField("ENTERED").get(null);
        CountDownLatch release = (CountDownLatch) cog.getField("RELEASE").get(null);

        bot.endInput(); // the bot closes itself, newest plugin first
        assertThat(entered.await(LifecycleBot.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Thread closing = Thread.ofPlatform().name("test-closes-the-app").start(() -> bot.app().close());
        // were the plugins unloaded from PF4J before the runtime's close, its class loader would be closed by now
        awaitWaitingIn(closing, BotRuntime.class, "close");
        release.countDown();
        closing.join(LifecycleBot.PATIENCE);

        assertThat(closing.isAlive()).isFalse();
        assertThat(cog.getField("farewell").get(null)).isEqualTo("goodbye");
        assertThat(bot.log().problems()).isEmpty();
    }

    /** Until {@code thread} is parked inside {@code type.method} or has ended; fails after a while. */
    private static void awaitWaitingIn(Thread thread, Class<?> type, String method) {
        long giveUp = System.nanoTime() + LifecycleBot.PATIENCE.toNanos();
        while (thread.isAlive() && !(thread.getState() == Thread.State.WAITING && isIn(thread, type, method))) {
            assertThat(System.nanoTime()).as("not waiting in " + type.getSimpleName() + "." + method + ": " + thread)
                    .isLessThan(giveUp);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // a thread's state has no event to wait for
        }
    }

    private static boolean isIn(Thread thread, Class<?> type, String method) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(type.getName()) && frame.getMethodName().equals(method));
    }
}
