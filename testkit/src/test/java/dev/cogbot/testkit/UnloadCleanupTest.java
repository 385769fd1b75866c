package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Loop;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.runtime.bot.LoadedPlugin;
import dev.cogbot.runtime.bot.UnloadReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnloadCleanupTest {

    /** For callbacks that hang; long enough for every other onLoad, which it also bounds, on a busy machine. */
    private static final Duration SHORT_GRACE = Duration.ofSeconds(1);

    /** Starts a little of everything, and records what happens to it. */
    static final class TidyCog implements Cog {
        final List<String> events = new CopyOnWriteArrayList<>();
        final AtomicInteger loopRuns = new AtomicInteger();
        volatile Bot bot;
        volatile Loop loop;
        volatile boolean blockEverything;

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
            loop = bot.loop(Duration.ofMinutes(1), loopRuns::incrementAndGet).start();
            bot.schedule(Duration.ofMinutes(10), () -> events.add("timer fired"));
            bot.addCheck(ctx -> {
                events.add("bot-wide check");
                return !blockEverything;
            });
            bot.beforeInvoke(ctx -> events.add("bot-wide before"));
            bot.afterInvoke(ctx -> events.add("bot-wide after"));
            bot.onCommandError((ctx, error) -> {
                events.add("bot-wide error handler");
                throw error;
            });
        }

        @Override
        public void onUnload() {
            events.add("onUnload");
        }

        @Command
        public void ask(Context ctx) {
            ctx.send("Name?");
            try {
                ctx.waitForReply(m -> true, Duration.ofMinutes(5));
                ctx.send("thanks");
            } catch (CommandCancelled cancelled) {
                events.add("ask cancelled");
                throw cancelled;
            } finally {
                events.add("ask finally");
            }
        }

        @Command
        public void nap(Context ctx) {
            ctx.send("napping");
            try {
                ctx.sleep(Duration.ofMinutes(5));
                ctx.send("awake");
            } finally {
                events.add("nap finally");
            }
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            events.add("cog saw " + error.getClass().getSimpleName());
            throw error;
        }
    }

    static final class PingCog implements Cog {
        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }
    }

    private final TidyCog tidy = new TidyCog();
    private TestBot bot = TestBot.builder().plugin("tidy", tidy).plugin("other", new PingCog()).build();
    private TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aCleanUnloadCallsOnUnloadOnceAndReportsClean() {
        UnloadReport report = bot.unload("tidy");

        assertThat(report.clean()).isTrue();
        assertThat(report.pluginId()).isEqualTo("tidy");
        assertThat(report.summary()).isEqualTo("unloaded tidy");
        assertThat(tidy.events).containsOnlyOnce("onUnload");
        assertThat(bot.plugin("tidy")).isEmpty();
    }

    @Test
    void unloadingCancelsARunningLoop() {
        bot.advance(Duration.ofMinutes(2));
        assertThat(tidy.loopRuns).hasValue(3);
        LoadedPlugin plugin = bot.plugin("tidy").orElseThrow();

        bot.unload("tidy");
        bot.advance(Duration.ofMinutes(5));

        assertThat(tidy.loopRuns).hasValue(3);
        assertThat(tidy.loop.isRunning()).isFalse();
        assertThat(tidy.loop.isCancelled()).isTrue();
        assertThat(plugin.lifetime().liveThreads()).isZero();
    }

    @Test
    void unloadingCancelsAPendingTimer() {
        bot.unload("tidy");

        bot.advance(Duration.ofMinutes(20));

        assertThat(tidy.events).doesNotContain("timer fired");
        assertThat(bot.time().pendingTimers()).isZero();
    }

    @Test
    void unloadingCancelsAPendingWaitForReplyAndTheCommandsFinallyRuns() {
        alice.says("!ask");
        assertThat(bot.runtime().pendingWaits()).isEqualTo(1);

        bot.unload("tidy");

        assertThat(tidy.events).contains("ask cancelled", "ask finally");
        assertThat(bot.runtime().pendingWaits()).isZero();
        assertThat(alice.says("Alice")).isEmpty();
    }

    @Test
    void unloadingCancelsASleepingCommandWhoseFinallyRunsAndWhichNeverWakes() {
        alice.says("!nap");

        bot.unload("tidy");

        assertThat(tidy.events).contains("nap finally");
        assertThat(bot.advance(Duration.ofMinutes(10))).isEmpty();
    }

    @Test
    void aCommandCutShortByAnUnloadIsCancelledQuietly() {
        alice.says("!nap");

        bot.unload("tidy");

        assertThat(tidy.events).contains("cog saw CommandCancelled");
        assertThat(bot.transcript()).containsExactly("cogbot: napping");
    }

    @Test
    void theCommandsDisappearFromHelpAndDispatchAtOnce() {
        assertThat(alice.says("!help")).singleElement().asString().contains("Tidy (tidy):", "!nap", "!ask");

        bot.unload("tidy");

        assertThat(alice.says("!help")).singleElement().asString().doesNotContain("Tidy (tidy)", "!nap", "!ask");
        assertThat(alice.says("!nap")).singleElement().asString().startsWith("cogbot: I don't know !nap.");
    }

    @Test
    void theChecksHooksAndErrorHandlersItAddedThroughItsBotHandleAreRemoved() {
        alice.says("!ping");
        alice.says("!nosuch");
        assertThat(tidy.events).contains("bot-wide check", "bot-wide before", "bot-wide after", "bot-wide error handler");

        bot.unload("tidy");
        tidy.events.clear();
        alice.says("!ping");
        alice.says("!nosuch");

        assertThat(tidy.events).isEmpty();
        assertThat(bot.runtime().registry().checks()).isEmpty();
        assertThat(bot.runtime().registry().beforeHooks()).isEmpty();
        assertThat(bot.runtime().registry().afterHooks()).isEmpty();
        assertThat(bot.runtime().registry().errorHandlers()).isEmpty();
    }

    @Test
    void aBlockingBotWideCheckStopsBlockingOnceItsPluginIsUnloaded() {
        tidy.blockEverything = true;
        assertThat(alice.says("!ping")).isEmpty();

        bot.unload("tidy");

        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void otherPluginsKeepWorkingAfterAnUnload() {
        bot.unload("tidy");

        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void anUnloadedPluginCanBeLoadedAgain() {
        bot.unload("tidy");

        TidyCog again = new TidyCog();
        bot.load("tidy", again);

        assertThat(alice.says("!nap")).containsExactly("cogbot: napping");
        assertThat(bot.advance(Duration.ofMinutes(5))).contains("cogbot: awake");
    }

    // --- unload callbacks that misbehave

    static final class ThrowingUnloadCog implements Cog {
        volatile Loop loop;

        @Override
        public void onLoad(Bot bot) {
            loop = bot.loop(Duration.ofMinutes(1), () -> { }).start();
        }

        @Override
        public void onUnload() {
            throw new IllegalStateException("cannot tidy up");
        }

        @Command
        public void wobble(Context ctx) {
        }
    }

    static final class HangingUnloadCog implements Cog {
        final CountDownLatch unloadEntered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch unloadReturned = new CountDownLatch(1);
        volatile Loop loop;

        @Override
        public void onLoad(Bot bot) {
            loop = bot.loop(Duration.ofMinutes(1), () -> { }).start();
        }

        @Override
        public void onUnload() {
            unloadEntered.countDown();
            // hangs, ignoring the interrupt, until the test lets it go
            while (true) {
                try {
                    release.await();
                    unloadReturned.countDown();
                    return;
                } catch (InterruptedException ignored) {
                    // keeps hanging
                }
            }
        }

        @Command
        public void stuck(Context ctx) {
        }
    }

    @Test
    void anOnUnloadThatThrowsStillCompletesTheUnloadAndTheReportSaysSo() {
        ThrowingUnloadCog cog = new ThrowingUnloadCog();
        bot.load("wobbly", cog);

        UnloadReport report = bot.unload("wobbly");

        assertThat(report.clean()).isFalse();
        assertThat(report.callbackProblems()).singleElement().asString()
                .contains("ThrowingUnload.onUnload threw", "cannot tidy up");
        assertThat(report.summary()).startsWith("unloaded wobbly, but ");
        assertThat(bot.plugin("wobbly")).isEmpty();
        assertThat(cog.loop.isCancelled()).isTrue();
        assertThat(alice.says("!wobble")).singleElement().asString().startsWith("cogbot: I don't know !wobble.");
    }

    @Test
    void anOnUnloadThatHangsIsGivenUpOnAfterTheGraceAndTheReportSaysSo() throws Exception {
        bot.close();
        bot = TestBot.builder().unloadGrace(SHORT_GRACE).plugin("other", new PingCog()).build();
        alice = bot.user("alice");
        HangingUnloadCog cog = new HangingUnloadCog();
        bot.load("stuck", cog);

        try {
            UnloadReport report = bot.unload("stuck");

            assertThat(cog.unloadEntered.getCount()).isZero();
            assertThat(report.clean()).isFalse();
            assertThat(report.callbackProblems())
                    .containsExactly("HangingUnload.onUnload did not return within " + SHORT_GRACE.toMillis() + " ms");
            assertThat(bot.plugin("stuck")).isEmpty();
            assertThat(cog.loop.isCancelled()).isTrue();
            assertThat(alice.says("!stuck")).singleElement().asString().startsWith("cogbot: I don't know !stuck.");
            assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
        } finally {
            cog.release.countDown();
        }
        assertThat(cog.unloadReturned.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSecondCloseReturnsOnlyOnceTheFirstHasUnloadedEveryPlugin() throws Exception {
        bot.close();
        HangingUnloadCog cog = new HangingUnloadCog();
        // a grace no stall of a busy machine outlasts: the first close must still be under way below
        bot = TestBot.builder().unloadGrace(Duration.ofMinutes(1)).plugin("stuck", cog).build();
        List<String> order = new CopyOnWriteArrayList<>();
        Thread first = Thread.ofPlatform().start(() -> bot.runtime().close());
        assertThat(cog.unloadEntered.await(10, TimeUnit.SECONDS)).isTrue();

        Thread second = Thread.ofPlatform().start(() -> {
            bot.runtime().close();
            order.add("second close returned");
        });
        awaitReturnedOrWaiting(second);
        order.add("onUnload released");
        cog.release.countDown();
        second.join(Duration.ofSeconds(10));
        first.join(Duration.ofSeconds(10));

        assertThat(order).containsExactly("onUnload released", "second close returned");
    }

    /** Until {@code thread} has ended or is parked (waiting for something); fails after ten seconds. */
    private static void awaitReturnedOrWaiting(Thread thread) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.isAlive() && thread.getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime()).as("still running after 10 s: " + thread).isLessThan(giveUp);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // a thread state has no event to wait for
        }
    }

    static final class StubbornCog implements Cog {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Command
        public void stall(Context ctx) {
            entered.countDown();
            // ignores the stop until the test lets it go
            while (true) {
                try {
                    release.await();
                    return;
                } catch (InterruptedException ignored) {
                    // keeps going
                }
            }
        }
    }

    @Test
    void aCommandThatIgnoresTheStopIsReportedAsAStrayThreadAndTheUnloadStillCompletes() throws Exception {
        bot.close();
        bot = TestBot.builder().unloadGrace(SHORT_GRACE).plugin("other", new PingCog()).build();
        StubbornCog cog = new StubbornCog();
        bot.load("stubborn", cog);
        // delivered without waiting for the bot to go idle: the command never will by itself
        bot.transport().deliver(alice.asUser(), TestBot.GENERAL, "!stall");
        assertThat(cog.entered.await(10, TimeUnit.SECONDS)).isTrue();

        UnloadReport report;
        try {
            // the runtime's own uninstall: TestBot.unload waits for the bot to go idle, which a stray thread prevents
            report = bot.runtime().uninstall("stubborn").orElseThrow();
        } finally {
            cog.release.countDown();
        }
        bot.advance(Duration.ZERO);

        assertThat(report.clean()).isFalse();
        assertThat(report.callbackProblems()).isEmpty();
        assertThat(report.strayThreads()).containsExactly("stubborn/command stall");
        assertThat(report.summary()).isEqualTo("unloaded stubborn, but 1 thread(s) ignored the stop: stubborn/command stall");
        assertThat(bot.plugin("stubborn")).isEmpty();
    }

    static final class FailingLoadCog implements Cog {
        volatile Loop loop;
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onLoad(Bot bot) {
            loop = bot.loop(Duration.ofMinutes(1), () -> events.add("loop ran")).start();
            bot.schedule(Duration.ofMinutes(1), () -> events.add("timer fired"));
            bot.addCheck(ctx -> false);
            throw new IllegalStateException("missing configuration");
        }

        @Override
        public void onUnload() {
            events.add("onUnload");
        }

        @Command
        public void never(Context ctx) {
        }
    }

    @Test
    void aPluginWhoseOnLoadThrowsLeavesNoLoopTimerCheckOrCommandBehind() {
        bot.close();
        bot = TestBot.builder().plugin("other", new PingCog()).build();
        alice = bot.user("alice");
        FailingLoadCog cog = new FailingLoadCog();

        assertThatThrownBy(() -> bot.load("failing", cog))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing configuration");
        bot.advance(Duration.ofMinutes(5));

        assertThat(bot.plugin("failing")).isEmpty();
        assertThat(cog.loop.isCancelled()).isTrue();
        assertThat(cog.events).doesNotContain("timer fired", "onUnload");
        // the load fails at once, so the loop may be stopped before or just after its immediate first run
        assertThat(cog.events.stream().filter("loop ran"::equals).count()).isLessThanOrEqualTo(1);
        assertThat(bot.time().pendingTimers()).isZero();
        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
        assertThat(alice.says("!never")).singleElement().asString().startsWith("cogbot: I don't know !never.");
    }
}
