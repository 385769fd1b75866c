package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.runtime.commands.CommandLimits;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slash commands count against their member's limits as prefix commands do, and a dropped one is still answered. */
class SlashFloodTest {

    static final class SlowCog implements Cog {
        @Command
        public void nap(Context ctx) {
            ctx.sleep(Duration.ofMinutes(1));
            ctx.send(ctx.author().name() + " woke");
        }
    }

    private final TestBot bot = TestBot.builder()
            .plugin("slow", new SlowCog())
            .limits(new CommandLimits(20, 10, 1, 1, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10)))
            .build();
    private final TestUser mallory = bot.user("mallory");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aSlashCommandBeyondTheLimitsIsAnsweredPrivately() {
        mallory.slash("/nap");
        mallory.slash("/nap");

        TestInteraction dropped = mallory.slash("/nap");

        assertThat(dropped.response().ephemeral()).isTrue();
        assertThat(dropped.response().text())
                .isEqualTo("Slow down, mallory: I'm ignoring your commands until the ones I have are done.");
    }

    @Test
    void aQueuedSlashCommandIsDeferredWhileItWaitsItsTurn() {
        mallory.slash("/nap");
        TestInteraction queued = mallory.slash("/nap");

        bot.advance(Duration.ofSeconds(2));

        assertThat(queued.deferred()).isTrue();
    }
}
