package dev.cogbot.e2e.discord;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import dev.cogbot.e2e.PluginJars;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The real bot — plugin JARs from the build, PF4J, H2 and the JDA transport — logged in to a local
 * Discord-protocol server, on a clock the test moves. What the bot did is read back from what the
 * server recorded, as transcript lines.
 */
final class DiscordSession implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final FakeDiscord discord;
    private final ManualTime time = new ManualTime();
    private ObservedTransport observed;
    private final CogbotApp app;
    private final DiscordTransport transport;
    private final BotTranscript transcript;

    DiscordSession(Path home) {
        discord = FakeDiscord.start();
        transcript = new BotTranscript(discord, false);
        PluginJars.copyTo(home.resolve("plugins"));
        BotConfig config = BotConfig.empty().withOverride("jdbc-url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), Optional.empty());
        transport = new DiscordTransport(options);
        app = CogbotApp.start(BotPaths.under(home), config, time, pluginLines -> observed = new ObservedTransport(transport));
        discord.await(Recorded.PresenceUpdate.class,
                p -> p.presence().activities().stream().anyMatch(a -> a.name().startsWith("Jokes told")), PATIENCE);
        settle();
        transcript.skipToNow();
    }

    FakeDiscord discord() {
        return discord;
    }

    CogbotApp app() {
        return app;
    }

    DiscordTransport transport() {
        return transport;
    }

    /** {@code userId} says {@code content} in {@code channelId}; returns what the bot did until it was idle again. */
    List<String> says(long userId, long channelId, String content) {
        long id = discord.userSays(userId, channelId, content);
        observed.awaitDelivered(Long.toString(id), PATIENCE);
        settle();
        return newLines();
    }

    /** The same, in a direct message to the bot. */
    List<String> saysInDm(long userId, String content) {
        long id = discord.userSaysInDm(userId, content);
        observed.awaitDelivered(Long.toString(id), PATIENCE);
        settle();
        return newLines();
    }

    List<String> advance(Duration amount) {
        time.advance(amount);
        return newLines();
    }

    /** The id of the last message {@code userId} sent in {@code channelId}. */
    long lastMessageOf(long userId, long channelId) {
        return transcript.lastMessageOf(userId, channelId);
    }

    private void settle() {
        app.runtime().scheduler().runningTasks().awaitIdle(PATIENCE);
    }

    /** What the server recorded of the bot since the last call, one line each. */
    List<String> newLines() {
        return transcript.newLines();
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            discord.close();
        }
    }
}
