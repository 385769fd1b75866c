package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.discordfake.RouteMatcher;
import dev.cogbot.runtime.transport.TransportListener;
import dev.cogbot.runtime.transport.discord.DiscordLoginException;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Discord does to a bot that a console never does: drops, rate limits, refusals. */
class DiscordResilienceTest {

    @TempDir
    Path home;

    @Test
    void aDroppedGatewayConnectionIsResumedAndMessagesSentMeanwhileAreAnswered() {
        try (DiscordSession bot = new DiscordSession(home)) {
            bot.discord().dropConnection();
            assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).singleElement().asString().containsIgnoringCase("light");
            assertThat(bot.discord().gatewayOps()).anyMatch(op -> op.op() == 6);
            assertThat(bot.app().plugins().isRunning("status")).isTrue();
        }
    }

    @Test
    void aRateLimitedReplyIsSentOnceAfterTheWaitDiscordAskedFor() {
        try (DiscordSession bot = new DiscordSession(home)) {
            // the server's Retry-After is whole seconds, so this test really waits one second
            bot.discord().failNextWith429(RouteMatcher.sendMessage(GENERAL_ID), 1);
            assertThat(bot.says(ALICE_ID, GENERAL_ID, "!lightbulb")).hasSize(1);
            assertThat(bot.discord().restCalls()).filteredOn(c -> c.path().endsWith("/messages") && c.method().equals("POST"))
                    .extracting(Recorded.RestCall::status).containsExactly(429, 200);
        }
    }

    @Test
    void aCloseThatWillNeverReconnectStopsTheBotAndSaysWhy() throws Exception {
        try (DiscordSession bot = new DiscordSession(home)) {
            bot.discord().dropConnection(4014); // disallowed intents
            Thread stopped = Thread.ofVirtual().start(() -> {
                try {
                    bot.app().awaitTermination();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(stopped.join(DiscordSession.PATIENCE)).as("the bot stops by itself").isTrue();
            assertThat(bot.transport().fatalError()).hasValueSatisfying(e -> {
                assertThat(e.reason()).isEqualTo(DiscordLoginException.Reason.DISALLOWED_INTENTS);
                assertThat(e.getMessage()).contains("Message Content intent");
            });
        }
    }

    @Test
    void aWrongTokenIsAClearLoginErrorThatDoesNotShowTheToken() {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String wrong = "MTIzNDU2.d3Jvbmc.not-the-right-token";
            DiscordTransport transport = new DiscordTransport(new DiscordOptions(DiscordToken.of(wrong, "DISCORD_TOKEN"),
                    Optional.of(URI.create(discord.restBaseUrl())), Optional.empty()));
            assertThatThrownBy(() -> transport.start(new IgnoringListener()))
                    .isInstanceOfSatisfying(DiscordLoginException.class,
                            e -> assertThat(e.reason()).isEqualTo(DiscordLoginException.Reason.INVALID_TOKEN))
                    .hasMessageContaining("DISCORD_TOKEN")
                    .hasMessageNotContaining(wrong);
        }
    }

    private static final class IgnoringListener implements TransportListener {
        @Override
        public void onReady(dev.cogbot.api.User self) {
        }

        @Override
        public void onMessage(dev.cogbot.runtime.transport.IncomingMessage message) {
        }

        @Override
        public void onEvent(dev.cogbot.runtime.transport.TransportEvent event) {
        }

        @Override
        public void onInteraction(dev.cogbot.runtime.transport.IncomingInteraction interaction) {
        }

        @Override
        public void onInputClosed() {
        }
    }
}
