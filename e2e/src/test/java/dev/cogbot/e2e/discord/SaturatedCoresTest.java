package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.e2e.lifecycle.TestPlugins;
import dev.cogbot.runtime.control.BotNotRunningException;
import dev.cogbot.runtime.control.ControlClient;
import dev.cogbot.runtime.control.ControlRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin whose commands spin without ever waiting, one on every virtual-thread carrier the JVM
 * has, cannot take the bot from its owners: owners' commands, the control channel, the gateway's
 * heartbeats and the unload itself go on, and the spinning commands are reported by name. (Before
 * the fix, the owners' commands ran on the same carriers and were never answered.)
 */
class SaturatedCoresTest {

    /** As many as the virtual-thread scheduler has carriers (the JVM's default: one per core). */
    private static final int SPINNERS = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
            Runtime.getRuntime().availableProcessors());
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private DiscordSession bot;
    private Class<?> spinner;

    @BeforeEach
    void spinOnEveryCarrier() throws Exception {
        FakeDiscordConfig config = FakeDiscordConfig.defaults().toBuilder().heartbeatInterval(Duration.ofMillis(500)).build();
        bot = DiscordSession.on(home, config, Map.of("unload-grace", "300ms",
                // one member spins on every carrier, however many cores the machine has
                "limits.commands-per-user", "1000", "limits.burst-per-user", "1000"));
        TestPlugins.plugin("spinner", "1.0.0").cog("""
                public final class SpinnerCog implements Cog {
                    public static final Semaphore SPINNING = new Semaphore(0);
                    public static volatile boolean stop;
                    @Command(name = "spin") public void spin(Context ctx) {
                        SPINNING.release();
                        while (!stop) {
                            Thread.onSpinWait(); // never waits, and ignores interrupts
                        }
                    }
                }""").writeTo(home.resolve("plugins").resolve("spinner.jar"));
        bot.app().plugins().load("spinner");
        spinner = bot.app().runtime().plugin("spinner").orElseThrow().cogs().getFirst().cog().getClass();
        for (int i = 0; i < SPINNERS; i++) {
            bot.discord().userSays(ALICE_ID, GENERAL_ID, "!spin");
        }
        Semaphore spinning = (Semaphore) spinner.getField("SPINNING").get(null);
        assertThat(spinning.tryAcquire(SPINNERS, PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as(SPINNERS + " commands spinning").isTrue();
    }

    @AfterEach
    void stopSpinning() throws Exception {
        try {
            if (spinner != null) {
                spinner.getField("stop").setBoolean(null, true);
            }
        } finally {
            bot.close();
        }
    }

    @Test
    void anOwnersCommandIsAnswered() {
        int mark = bot.discord().mark();

        bot.discord().userSays(ALICE_ID, GENERAL_ID, "!plugins");

        Recorded.MessageSent reply = bot.discord().awaitAfter(mark, Recorded.MessageSent.class,
                m -> m.channelId() == GENERAL_ID, PATIENCE);
        assertThat(reply.content()).contains("spinner", "jokes");
    }

    @Test
    void theGatewayHeartbeatsGoOn() {
        int mark = bot.discord().mark();

        Recorded.GatewayOp beat = bot.discord().awaitAfter(mark, Recorded.GatewayOp.class, op -> op.op() == 1, PATIENCE);

        assertThat(beat).isNotNull();
    }

    @Test
    void theControlChannelAnswersAndStatusNamesTheBusyCommands() throws Exception {
        // the bot's own sampler runs on its manual clock, which the spinners keep from settling:
        // the test takes the samples, at instants of that clock
        Instant now = bot.app().runtime().scheduler().now();
        bot.app().busyTasks().sample(now);
        bot.app().busyTasks().sample(now.plus(Duration.ofHours(2)));

        List<String> status = control(new ControlRequest.Status());

        assertThat(status).contains("busy:      " + SPINNERS
                + " plugin task(s) running without waiting for longer than the limit");
        assertThat(status).filteredOn(line -> line.startsWith("  spinner: command spin, busy for "))
                .hasSize(SPINNERS)
                .allSatisfy(line -> assertThat(line).contains("SpinnerCog.spin("));
    }

    @Test
    void unloadAnswersAndNamesTheCommandsThatIgnoredTheStop() throws Exception {
        List<String> unloaded = control(new ControlRequest.Unload("spinner", false));

        assertThat(unloaded).singleElement().asString()
                .startsWith("unloaded spinner, but " + SPINNERS + " thread(s) ignored the stop: spinner/command spin");
        assertThat(control(new ControlRequest.Status()))
                .filteredOn(line -> line.startsWith("  spinner: task 'spinner/command spin' (RUNNABLE)"))
                .hasSize(SPINNERS);
    }

    private List<String> control(ControlRequest request) throws IOException, BotNotRunningException {
        return new ControlClient(home.resolve("data")).send(request).lines();
    }
}
