package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.runtime.operations.OperationsClient;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations port of the real bot (plugin JARs, H2, JDA) on a local Discord with two shards,
 * asked over real HTTP as an orchestrator's probes and Prometheus ask it: readiness follows the
 * shards' connections.
 */
class OperationsOnDiscordTest {

    private static final DiscordOptions.Shards BOTH_OF_TWO = new DiscordOptions.Shards(0, 1, 2);
    private static final Map<String, String> WITH_PORT = Map.of("operations.port", "0");

    @TempDir
    Path home;

    @Test
    void theBotIsNotReadyUntilEveryShardItRunsHasConnected() {
        try (DiscordSession bot = DiscordSession.withShardOneHeld(home, Optional.of(BOTH_OF_TWO), WITH_PORT)) {
            OperationsClient port = portOf(bot);
            assertThat(port.get("/health/ready"))
                    .isEqualTo(new OperationsClient.Answer(503, "starting: discord has not reported ready yet\n"));

            bot.discord().releaseIdentifies();

            assertThat(port.awaitAnswer("/health/ready", answer -> answer.status() == 200, DiscordSession.PATIENCE).body())
                    .isEqualTo("ready: 2 of 2 shards connected, the store answers\n");
        }
    }

    @Test
    void theBotIsLiveWhileItsShardsConnect() {
        try (DiscordSession bot = DiscordSession.withShardOneHeld(home, Optional.of(BOTH_OF_TWO), WITH_PORT)) {
            assertThat(portOf(bot).get("/health/live").status()).isEqualTo(200);
        }
    }

    @Test
    void theBotIsNotReadyWhileItsShardsAreDisconnectedAndReadyOnceResumed() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO, WITH_PORT)) {
            OperationsClient port = portOf(bot);
            assertThat(port.get("/health/ready").status()).isEqualTo(200);
            bot.discord().holdResumes();

            bot.discord().dropConnection();

            assertThat(port.awaitAnswer("/health/ready", answer -> answer.status() != 200, DiscordSession.PATIENCE).body())
                    .matches("[01] of 2 shards connected\n");
            bot.discord().releaseResumes();
            assertThat(port.awaitAnswer("/health/ready", answer -> answer.status() == 200, DiscordSession.PATIENCE).body())
                    .isEqualTo("ready: 2 of 2 shards connected, the store answers\n");
        }
    }

    @Test
    void metricsShowTheShardsConnected() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO, WITH_PORT)) {
            assertThat(portOf(bot).get("/metrics").body())
                    .contains("cogbot_shards_running 2.0")
                    .contains("cogbot_shards_connected 2.0");
        }
    }

    @Test
    void metricsShowTheGatewayLatencyOnceAHeartbeatIsAnswered() {
        // JDA measures the latency at each heartbeat's answer: a short interval brings the first soon
        FakeDiscordConfig config = FakeDiscordConfig.defaults().toBuilder().heartbeatInterval(Duration.ofMillis(500)).build();
        try (DiscordSession bot = DiscordSession.on(home, config, WITH_PORT)) {
            portOf(bot).awaitAnswer("/metrics", answer -> Pattern.compile("(?m)^cogbot_gateway_latency_seconds [0-9.E-]+$")
                    .matcher(answer.body()).find(), DiscordSession.PATIENCE);
        }
    }

    @Test
    void metricsCountThePluginsCommandsByName() {
        try (DiscordSession bot = DiscordSession.sharded(home, BOTH_OF_TWO, WITH_PORT)) {
            bot.says(ALICE_ID, GENERAL_ID, "!lightbulb");

            assertThat(portOf(bot).get("/metrics").body())
                    .contains("cogbot_commands_total{command=\"lightbulb\",outcome=\"ok\",plugin=\"jokes\"} 1.0")
                    .contains("cogbot_plugin_loads_total{plugin=\"jokes\"} 1.0");
        }
    }

    private static OperationsClient portOf(DiscordSession bot) {
        return new OperationsClient(bot.app().operationsAddress().orElseThrow());
    }
}
