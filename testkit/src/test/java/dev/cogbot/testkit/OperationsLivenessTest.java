package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.User;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.operations.BotMetrics;
import dev.cogbot.runtime.operations.HealthChecks;
import dev.cogbot.runtime.operations.OperationsClient;
import dev.cogbot.runtime.operations.OperationsServer;
import dev.cogbot.runtime.operations.OperationsSettings;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Liveness asks the runtime's own thread: a plugin whose wait check hangs that thread (every event
 * is checked there) makes the bot not live, which is what an orchestrator restarts a process for.
 */
class OperationsLivenessTest {

    private final CountDownLatch release = new CountDownLatch(1);

    /** Waits for any message with a check that does not return until the test lets it. */
    final class StallingCog implements Cog {
        @Command
        public void stall(Context ctx) {
            ctx.bot().waitFor(MessageReceived.class, event -> {
                dev.cogbot.runtime.scheduling.Uninterruptibly.await(release);
                return true;
            }, Duration.ofHours(1));
        }
    }

    private final TestBot bot = TestBot.builder().plugin("stall", new StallingCog()).build();
    private final OperationsServer port = OperationsServer.start(
            OperationsSettings.from(BotConfig.of(java.util.Map.of("operations.port", "0"))),
            BotConfig.empty(), new HealthChecks(bot.runtime(), bot.runtime().storage()), new BotMetrics());

    @AfterEach
    void stop() {
        release.countDown();
        port.close();
        bot.close();
    }

    @Test
    void theBotIsNotLiveWhileItsOwnThreadIsStuck() {
        OperationsClient client = new OperationsClient(port.address());
        assertThat(client.get("/health/live").status()).isEqualTo(200);
        bot.user("alice").says("!stall");

        // checked against the stalling wait on the runtime's thread, which it never leaves
        bot.transport().deliver(new User("bob", "bob", false), TestBot.GENERAL, "hello");

        assertThat(client.get("/health/live")).isEqualTo(new OperationsClient.Answer(503,
                "the runtime's thread did not answer within 5 s, or the bot is stopping\n"));
    }
}
