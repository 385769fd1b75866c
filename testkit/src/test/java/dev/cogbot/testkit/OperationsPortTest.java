package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cogbot.api.User;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.operations.OperationsClient;
import dev.cogbot.runtime.plugins.TestPluginJar;
import dev.cogbot.runtime.scheduling.ManualTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations port of a whole bot (store, plugins folder with a real plugin JAR, runtime), asked
 * over real HTTP on loopback as an orchestrator's probes and Prometheus ask it.
 */
class OperationsPortTest {

    private static final User ALICE = new User("alice", "alice", false);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private final ManualTime time = new ManualTime();
    private CogbotApp app;
    private InMemoryTransport transport;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void thePortIsOffUnlessSet() {
        app = start(BotConfig.empty());

        assertThat(app.operationsAddress()).isEmpty();
    }

    @Test
    void theBotIsLiveWhileItRuns() {
        OperationsClient port = portOf(start(withPort()));

        assertThat(port.get("/health/live")).isEqualTo(new OperationsClient.Answer(200, "live\n"));
    }

    @Test
    void theBotIsReadyOnceConnectedWithTheStoreAnswering() {
        OperationsClient port = portOf(start(withPort()));

        assertThat(port.get("/health/ready"))
                .isEqualTo(new OperationsClient.Answer(200, "ready: 1 of 1 shards connected, the store answers\n"));
    }

    @Test
    void theBotIsNotReadyWhileItsStoreIsDown() throws Exception {
        Server database = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
        try {
            OperationsClient port = portOf(start(withPort().withOverride("jdbc-url",
                    "jdbc:h2:tcp://localhost:" + database.getPort() + "/mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")));
            assertThat(port.get("/health/ready").status()).isEqualTo(200);

            database.stop();

            OperationsClient.Answer answer = port.awaitAnswer("/health/ready", a -> a.status() != 200, PATIENCE);
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).startsWith("the store ");
            // the store that went down is reported at the stop: not what this test is about
            catchThrowable(app::close);
            app = null;
        } finally {
            database.stop();
        }
    }

    @Test
    void thePortClosesWhenTheBotStops() {
        OperationsClient port = portOf(start(withPort()));

        app.close();

        assertThatThrownBy(() -> port.get("/health/live")).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void metricsCountCommandsByPluginAndCommand() {
        OperationsClient port = portOf(start(withPort()));

        says("!hello");
        says("!hello");

        assertThat(port.get("/metrics").body())
                .contains("cogbot_commands_total{command=\"hello\",outcome=\"ok\",plugin=\"hello\"} 2.0")
                .contains("cogbot_command_latency_seconds_count{command=\"hello\",plugin=\"hello\"} 2");
    }

    @Test
    void metricsCountAPluginsFailedCommandsAsItsErrors() {
        OperationsClient port = portOf(start(withPort()));

        says("!boom");
        says("!hello");

        assertThat(port.get("/metrics").body())
                .contains("cogbot_command_errors_total{plugin=\"hello\"} 1.0")
                .contains("cogbot_commands_total{command=\"boom\",outcome=\"failed\",plugin=\"hello\"} 1.0");
    }

    @Test
    void metricsCountAPluginsFailedCommandsAmongItsErrors() {
        OperationsClient port = portOf(start(withPort()));

        says("!boom");

        assertThat(port.get("/metrics").body()).contains("cogbot_plugin_errors_total{kind=\"command\",plugin=\"hello\"} 1.0");
    }

    @Test
    void metricsCountAPluginsFailedListenersAsItsErrors() {
        OperationsClient port = portOf(startWithAFailingPlugin());

        says("!trip");
        says("!trip");

        assertThat(port.get("/metrics").body()).contains("cogbot_plugin_errors_total{kind=\"listener\",plugin=\"failing\"} 2.0");
    }

    @Test
    void metricsCountAPluginsFailedLoopIterationsAsItsErrors() {
        OperationsClient port = portOf(startWithAFailingPlugin());

        time.advance(Duration.ofMinutes(1));
        awaitIdle();

        assertThat(port.get("/metrics").body()).contains("cogbot_plugin_errors_total{kind=\"loop\",plugin=\"failing\"} 2.0");
    }

    @Test
    void metricsCountAPluginsFailedTasksAsItsErrors() {
        OperationsClient port = portOf(startWithAFailingPlugin());

        assertThat(port.get("/metrics").body()).contains("cogbot_plugin_errors_total{kind=\"task\",plugin=\"failing\"} 1.0");
    }

    @Test
    void metricsCountAPluginsFailedTimersAsItsErrors() {
        OperationsClient port = portOf(startWithAFailingPlugin());

        assertThat(port.get("/metrics").body()).contains("cogbot_plugin_errors_total{kind=\"timer\",plugin=\"failing\"} 1.0");
    }

    @Test
    void metricsNeverNameWhatWasTyped() {
        OperationsClient port = portOf(start(withPort()));

        says("!hlelo secret-words");

        assertThat(port.get("/metrics").body()).doesNotContain("hlelo").doesNotContain("secret-words");
    }

    @Test
    void metricsCountPluginLoadsAndUnloads() {
        OperationsClient port = portOf(start(withPort()));

        app.plugins().unload("hello", false);

        assertThat(port.get("/metrics").body())
                .contains("cogbot_plugin_loads_total{plugin=\"hello\"} 1.0")
                .contains("cogbot_plugin_unloads_total{plugin=\"hello\"} 1.0")
                .contains("cogbot_plugins_loaded 0.0");
    }

    @Test
    void metricsTimeTheStoreOperations() {
        OperationsClient port = portOf(start(withPort()));

        says("!count");

        assertThat(port.get("/metrics").body())
                .contains("cogbot_store_latency_seconds_count{operation=\"add\",outcome=\"ok\"} 1");
    }

    @Test
    void metricsShowTheShardsConnected() {
        OperationsClient port = portOf(start(withPort()));

        assertThat(port.get("/metrics").body())
                .contains("cogbot_shards_running 1.0")
                .contains("cogbot_shards_connected 1.0");
    }

    @Test
    void metricsShowTheStorePoolsConnections() {
        OperationsClient port = portOf(start(withPort()));

        says("!count");

        assertThat(port.get("/metrics").body())
                .contains("hikaricp_connections{pool=\"cogbot-store\"}")
                .contains("hikaricp_connections_active{pool=\"cogbot-store\"}")
                .contains("hikaricp_connections_pending{pool=\"cogbot-store\"}")
                .contains("hikaricp_connections_max{pool=\"cogbot-store\"} 2.0");
    }

    @Test
    void anUnknownPathIsNotFound() {
        OperationsClient port = portOf(start(withPort()));

        assertThat(port.get("/healthz").status()).isEqualTo(404);
    }

    @Test
    void aPortInUseIsAOneLineErrorAtStart() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            BotConfig config = BotConfig.empty().withOverride("operations.port", String.valueOf(taken.getLocalPort()));

            assertThatThrownBy(() -> start(config))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("cannot open the operations port " + taken.getLocalPort() + " on 127.0.0.1"
                            + " (operations.port set on the command line): another program listens there."
                            + " Choose a free port, or leave operations.port empty");
        }
    }

    @Test
    void aFailedStartOnATakenPortLeavesTheDataFolderUsable() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            BotConfig config = BotConfig.empty().withOverride("operations.port", String.valueOf(taken.getLocalPort()));
            assertThatThrownBy(() -> start(config)).isInstanceOf(ConfigException.class);
        }

        app = start(withPort());

        assertThat(app.runtime().isReady()).isTrue();
    }

    private static BotConfig withPort() {
        return BotConfig.empty().withOverride("operations.port", "0");
    }

    private CogbotApp start(BotConfig config) {
        BotPaths paths = BotPaths.under(home);
        TestPluginJar.plugin("hello", "1.0.0").helloCog().source("""
                @Extension public final class TroubleCog implements Cog {
                    @Command(name = "boom") public void boom(Context ctx) { throw new IllegalStateException("boom"); }
                    @Command(name = "count") public void count(Context ctx) { ctx.send("" + ctx.bot().store().add("told", 1)); }
                }""").writeTo(paths.pluginsDir());
        app = CogbotApp.start(paths, config, time, () -> transport = new InMemoryTransport(Set.of()));
        return app;
    }

    /**
     * The bot with a second plugin, {@code failing}, whose code throws everywhere but in commands: its
     * loop's every iteration (the first at once), a task and a timer it starts at its load, and its
     * listener on each {@code !trip}.
     */
    private CogbotApp startWithAFailingPlugin() {
        TestPluginJar.plugin("failing", "1.0.0").source("""
                @Extension public final class FailingCog implements Cog {
                    @Override public void onLoad(Bot bot) {
                        bot.loop(java.time.Duration.ofMinutes(1), () -> { throw new IllegalStateException("loop"); }).start();
                        bot.schedule(java.time.Duration.ZERO, () -> { throw new IllegalStateException("task"); });
                        bot.timers().onFire("fuse", timer -> { throw new IllegalStateException("timer"); });
                        bot.timers().schedule("fuse", bot.now(), "");
                    }
                    @Listen public void hears(dev.cogbot.api.event.MessageReceived event) {
                        if (event.message().content().equals("!trip")) { throw new IllegalStateException("listener"); }
                    }
                }""").writeTo(BotPaths.under(home).pluginsDir());
        start(withPort());
        awaitIdle();
        return app;
    }

    private OperationsClient portOf(CogbotApp started) {
        InetSocketAddress address = started.operationsAddress().orElseThrow();
        return new OperationsClient(address);
    }

    private void says(String text) {
        transport.deliver(ALICE, TestBot.GENERAL, text);
        awaitIdle();
    }

    private void awaitIdle() {
        app.runtime().scheduler().runningTasks().awaitIdle(PATIENCE);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
