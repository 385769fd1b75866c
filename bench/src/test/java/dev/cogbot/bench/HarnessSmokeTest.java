package dev.cogbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harnesses work (tiny sizes, no timings asserted); the benchmarks themselves run from bench/run. */
class HarnessSmokeTest {

    @Test
    void pingGoesThroughCheckHooksAndTransport() throws Exception {
        try (PingBot bot = new PingBot()) {
            long before = bot.transport().sent();
            assertThat(bot.runtime().dispatcher().dispatchInline(bot.pingMessage())).isTrue();
            assertThat(bot.deliverAsync().get()).isEqualTo("pong");
            bot.runtime().scheduler().runningTasks().awaitIdle(java.time.Duration.ofSeconds(5));
            assertThat(bot.transport().sent()).isEqualTo(before + 2);
            assertThat(bot.cog().checks()).isEqualTo(bot.transport().sent());
            assertThat(bot.cog().beforeHooks()).isEqualTo(bot.transport().sent());
            assertThat(bot.cog().afterHooks()).isEqualTo(bot.transport().sent());
        }
    }

    @Test
    void conversationsHarnessPlaysEveryJokeToTheEnd() {
        var result = KnockKnockConversations.run(300, new PrintStream(OutputStream.nullOutputStream()));
        assertThat(result.problems()).isEmpty();
        assertThat(result.jokesTold()).isEqualTo(300);
        assertThat(result.lmaos()).isEqualTo(300);
    }

    @Test
    void coldStartSummaryHasMinMedianMax() {
        assertThat(ColdStart.summary("x", List.of(3.0, 1.0, 2.0, 10.0)))
                .isEqualTo("x: min 1 ms, median 3 ms, max 10 ms (n=4)");
    }
}
