package dev.cogbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/**
 * The reload, leak and Discord harnesses (messages and slash commands) work, at tiny sizes and without timings asserted: the
 * benchmarks themselves run from bench/run.
 */
class PluginAndDiscordSmokeTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void reloadHarnessReloadsTheRealJokesPlugin() {
        var result = ReloadCycles.run(1, 2, NOWHERE);
        assertThat(result.reloads().size()).isEqualTo(2);
        assertThat(result.unloadPlusLoad().size()).isEqualTo(2);
    }

    @Test
    void leakHarnessFindsNoPluginClassLoaderLeft() {
        var result = PluginLeak.run(1, 3, 0, false, NOWHERE);
        assertThat(result.loaders()).isEqualTo(5);
        assertThat(result.leakFree()).isTrue();
    }

    @Test
    void discordHarnessGetsEveryReplyFromTheBareBot() {
        var options = new DiscordThroughput.Options(2, 6, false, false, true, java.util.List.of());
        var result = DiscordThroughput.runOne(DiscordThroughput.LIGHTBULB, "bare", 2, options, true, NOWHERE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.messages()).isEqualTo(6);
        assertThat(result.rateLimited()).isZero();
    }

    @Test
    void slashHarnessGetsEveryResponseFromTheBareBot() {
        var options = new DiscordThroughput.Options(2, 6, false, false, true, java.util.List.of());
        var result = DiscordThroughput.runOne(SlashLatency.PING, "bare", 2, options, true, NOWHERE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.messages()).isEqualTo(6);
        assertThat(result.rateLimited()).isZero();
    }

    @Test
    void floodHarnessCountsTheFloodAndAnswersTheOtherMember() throws Exception {
        var result = DiscordFlood.run(false, false, 200, java.time.Duration.ofMillis(50), 5, 5, 5, java.time.Duration.ofMillis(200), NOWHERE);
        assertThat(result.accepted() + result.dropped()).isEqualTo(200);
        assertThat(result.flooderKnocks()).isEqualTo(1);
        assertThat(result.baseline().size()).isEqualTo(5);
        assertThat(result.duringFlood().size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void resultLineRoundTrips() {
        var result = new DiscordThroughput.Result("cogbot", 50, 100, 1_000_000_000L, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0,
                java.util.List.of());
        assertThat(DiscordThroughput.Result.parse(result.line())).isEqualTo(result);
    }
}
