package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What one plugin can and cannot do to the bot and to the others. */
class PluginIsolationTest {

    /** For callbacks that hang; long enough for every other onLoad, which it also bounds, on a busy machine. */
    private static final Duration SHORT_GRACE = Duration.ofSeconds(1);

    public static final class Ping implements Cog {
        @Command(name = "ping")
        public void ping(Context ctx) {
            ctx.send("pong");
        }
    }

    /** Waits in onLoad, which it must not: nothing would ever finish loading. */
    public static final class WaitsInOnLoad implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.waitUntilReady();
            bot.sleep(Duration.ofDays(1));
        }
    }

    /** A bot-wide hook that breaks every command. */
    public static final class BreaksEverything implements Cog {
        @Override
        public void onLoad(Bot bot) {
            bot.beforeInvoke(ctx -> {
                throw new IllegalStateException("broken hook");
            });
        }
    }

    /** An administration command of the runtime's own, as the plugin commands are. */
    public static final class Admin implements Cog {
        @Command(name = "admin")
        public void admin(Context ctx) {
            ctx.send("done");
        }
    }

    @Test
    void aCogThatWaitsInOnLoadFailsItsLoadAfterTheGraceInsteadOfHangingTheBot() {
        try (TestBot bot = TestBot.builder().unloadGrace(SHORT_GRACE).plugin("ping", new Ping()).build()) {
            assertThatThrownBy(() -> bot.load("waiter", new WaitsInOnLoad()))
                    .hasMessageContaining("WaitsInOnLoad.onLoad did not return within "
                            + SHORT_GRACE.toMillis() + " ms");
            assertThat(bot.plugin("waiter")).isEmpty();
            assertThat(bot.user("alice").says("!ping")).containsExactly("cogbot: pong");
        }
    }

    @Test
    void messagesFromOtherBotsAreNeverCommands() {
        try (TestBot bot = TestBot.builder().plugin("ping", new Ping()).build()) {
            bot.transport().deliver(new User("otherbot", "otherbot", true), TestBot.GENERAL, "!ping");
            assertThat(bot.advance(Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void aPluginsBotWideHookCannotBreakTheOwnersAdministrationCommands() {
        try (TestBot bot = TestBot.builder().plugin("breaker", new BreaksEverything()).plugin("ping", new Ping()).build()) {
            bot.runtime().installBuiltIn(new Admin(), true);
            assertThat(bot.user("alice").says("!ping")).singleElement().asString().contains("ran into a problem");
            assertThat(bot.user("alice").says("!admin")).containsExactly("cogbot: done");
        }
    }
}
