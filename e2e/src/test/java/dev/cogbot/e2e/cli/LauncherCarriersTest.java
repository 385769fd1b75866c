package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.e2e.lifecycle.TestPlugins;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/cogbot} gives the virtual-thread scheduler four carriers per core, at least 8, so a
 * few plugin commands that never wait cannot hold every carrier (the JVM's default is one per core).
 */
class LauncherCarriersTest {

    @Test
    void theBotRunsWithFourVirtualThreadCarriersPerCoreAndAtLeastEight(@TempDir Path home) {
        Distribution dist = Distribution.copyTo(home);
        TestPlugins.plugin("carriers", "1.0.0").cog("""
                public final class CarriersCog implements Cog {
                    @Command(name = "carriers") public void carriers(Context ctx) {
                        ctx.send("carriers=" + System.getProperty("jdk.virtualThreadScheduler.parallelism"));
                    }
                }""").writeTo(home.resolve("plugins").resolve("carriers.jar"));

        try (BotProcess bot = BotProcess.start(dist)) {
            String reply = bot.type("!carriers").getLast();

            int carriers = Integer.parseInt(reply.substring(reply.indexOf("carriers=") + "carriers=".length()).strip());
            assertThat(carriers).isGreaterThanOrEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
            assertThat(bot.stop()).isZero();
        }
    }
}
