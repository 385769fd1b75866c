package dev.cogbot.e2e.discord;

import dev.cogbot.api.Cog;
import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.FakeInteraction;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.e2e.PluginJars;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The real bot — plugin JARs from the build, PF4J, H2 and the JDA transport — logged in to a local
 * Discord-protocol server, on a clock the test moves. What the bot did is read back from what the
 * server recorded, as transcript lines.
 */
final class DiscordSession implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final FakeDiscord discord;
    private final ManualTime time;
    /** Whether closing this session stops the server too: not when a restarted bot comes back to it. */
    private final boolean ownsDiscord;
    private ObservedTransport observed;
    private final DiscordTransport transport;
    private final CogbotApp app;
    private final BotTranscript transcript;
    private final Optional<DiscordOptions.Shards> shards;

    /** A bot without sharding on the server's default guild; returns once it shows its status. */
    DiscordSession(Path home) {
        this(home, FakeDiscord.start(), Optional.empty(), Map.of());
        awaitFirstPresence();
    }

    /** A bot without sharding on a server set up as {@code config}, with the test's settings on top; returns once it shows its status. */
    static DiscordSession on(Path home, FakeDiscordConfig config, Map<String, String> settings) {
        DiscordSession session = new DiscordSession(home, FakeDiscord.start(config), Optional.empty(), settings);
        session.awaitFirstPresence();
        return session;
    }

    /**
     * A bot running {@code shards} against a server with two guilds ({@link FakeDiscordConfig#twoGuilds()}):
     * with 2 shards, {@code Cog Test Guild} ({@code #general}) is on shard 0 and {@code Second Cog Guild}
     * ({@code #lobby}) on shard 1. Returns once it shows its status on every shard.
     */
    static DiscordSession sharded(Path home, DiscordOptions.Shards shards) {
        return sharded(home, shards, Map.of());
    }

    /** {@link #sharded(Path, DiscordOptions.Shards)} with these settings in the config, e.g. {@code hush.scope=bot}. */
    static DiscordSession sharded(Path home, DiscordOptions.Shards shards, Map<String, String> settings) {
        FakeDiscord discord = FakeDiscord.start(FakeDiscordConfig.twoGuilds());
        DiscordSession session = new DiscordSession(home, discord, Optional.of(shards), settings);
        session.awaitFirstPresence();
        return session;
    }

    /**
     * A bot on a two-guild server whose shard 1 is kept connecting: the server holds its IDENTIFY
     * until {@link FakeDiscord#releaseIdentifies()}. Returns once shard 0 has identified; the bot then
     * runs {@code shards}, or without a range as many shards as the server recommends (2).
     */
    static DiscordSession withShardOneHeld(Path home, Optional<DiscordOptions.Shards> shards) {
        return withShardOneHeld(home, shards, Map.of());
    }

    /** {@link #withShardOneHeld(Path, Optional)} with these settings in the config, e.g. {@code operations.port}. */
    static DiscordSession withShardOneHeld(Path home, Optional<DiscordOptions.Shards> shards, Map<String, String> settings) {
        FakeDiscord discord = FakeDiscord.start(FakeDiscordConfig.twoGuilds());
        discord.holdIdentifies(1);
        DiscordSession bot = new DiscordSession(home, discord, shards, settings);
        try {
            discord.await(Recorded.Session.class, s -> s.kind() == Recorded.Session.Kind.IDENTIFIED, PATIENCE);
        } catch (RuntimeException | Error e) {
            bot.close();
            throw e;
        }
        return bot;
    }

    /**
     * A bot in {@code home} on a server that outlives it, its store at {@code jdbcUrl} and its clock
     * at {@code clockAt}: closing one and starting another on the same server and store, its clock
     * later, is a restart. Returns once it shows its status.
     */
    static DiscordSession restartable(Path home, FakeDiscord discord, String jdbcUrl, Instant clockAt) {
        return restartable(home, discord, jdbcUrl, clockAt, Map.of());
    }

    /** {@link #restartable(Path, FakeDiscord, String, Instant)} with these settings in the config, e.g. {@code discord.command-guilds}. */
    static DiscordSession restartable(Path home, FakeDiscord discord, String jdbcUrl, Instant clockAt,
            Map<String, String> settings) {
        // the presence of the bot that ran before on the same server must not pass for this one's
        int mark = discord.mark();
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("jdbc-url", jdbcUrl);
        DiscordSession session = new DiscordSession(home, discord, Optional.empty(), all,
                new ManualTime(clockAt), false);
        session.awaitFirstPresence(mark);
        return session;
    }

    private DiscordSession(Path home, FakeDiscord discord, Optional<DiscordOptions.Shards> shards,
            Map<String, String> settings) {
        this(home, discord, shards, settings, new ManualTime(), true);
    }

    private DiscordSession(Path home, FakeDiscord discord, Optional<DiscordOptions.Shards> shards,
            Map<String, String> settings, ManualTime time, boolean ownsDiscord) {
        this.discord = discord;
        this.shards = shards;
        this.time = time;
        this.ownsDiscord = ownsDiscord;
        transcript = new BotTranscript(discord);
        try {
            PluginJars.copyTo(home.resolve("plugins"));
            BotConfig config = BotConfig.empty()
                    .withOverride("jdbc-url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                config = config.withOverride(setting.getKey(), setting.getValue());
            }
            DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                    Optional.of(URI.create(discord.restBaseUrl())), shards)
                    .withMemberEvents(Boolean.parseBoolean(settings.getOrDefault("discord.member-events", "false")))
                    .withMessageContent(DiscordOptions.MessageContent.valueOf(
                            settings.getOrDefault("discord.message-content", "auto").toUpperCase(java.util.Locale.ROOT)));
            transport = new DiscordTransport(options);
            app = CogbotApp.start(BotPaths.under(home), config, time,
                    () -> observed = new ObservedTransport(transport));
        } catch (RuntimeException | Error e) {
            if (ownsDiscord) {
                discord.close();
            }
            throw e;
        }
    }

    /**
     * Waits for the status plugin's first presence on each shard, which it sends once the runtime is
     * ready; what was recorded until then is not part of the transcript.
     */
    void awaitFirstPresence() {
        awaitFirstPresence(0);
    }

    /** {@link #awaitFirstPresence()}, counting only what the server recorded since {@code mark}. */
    private void awaitFirstPresence(int mark) {
        try {
            int first = shards.map(DiscordOptions.Shards::first).orElse(0);
            int last = shards.map(DiscordOptions.Shards::last).orElse(discord.config().recommendedShards() - 1);
            for (int shard = first; shard <= last; shard++) {
                int id = shard;
                discord.awaitAfter(mark, Recorded.PresenceUpdate.class, p -> p.shard().id() == id
                        && p.presence().activities().stream().anyMatch(a -> a.name().startsWith("Jokes told")),
                        PATIENCE);
            }
            settle();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
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

    /** The transport's own report, as {@code cogbot status} shows it. */
    String connectionState() {
        return transport.connectionState();
    }

    /** {@code userId} says {@code content} in {@code channelId}; returns what the bot did until it was idle again. */
    List<String> says(long userId, long channelId, String content) {
        return afterDelivery(discord.userSays(userId, channelId, content));
    }

    /** {@code userId} replies to {@code replyTo} (pinging its author); returns what the bot did until it was idle again. */
    List<String> replies(long userId, long channelId, long replyTo, String content) {
        return afterDelivery(discord.userReplies(userId, channelId, replyTo, content));
    }

    /** The same, in a direct message to the bot. */
    List<String> saysInDm(long userId, String content) {
        return afterDelivery(discord.userSaysInDm(userId, content));
    }

    /**
     * {@code userId} runs the slash command {@code command} (its name, then a subcommand's, space-separated)
     * with {@code options} in {@code channelId}, as Discord's UI sends it; returns the interaction, to read
     * the bot's answers from, once the bot was handed it and was idle again. The command must be registered:
     * the bot registers its commands once its clock has passed {@link dev.cogbot.runtime.slash.CommandSync#QUIET}
     * after it was ready.
     */
    FakeInteraction runs(long userId, long channelId, String command, Map<String, ?> options) {
        FakeInteraction run = discord.userRunsCommand(userId, channelId, command, options);
        observed.awaitDelivered(Long.toString(run.id()), PATIENCE);
        settle();
        return run;
    }

    private List<String> afterDelivery(long messageId) {
        observed.awaitDelivered(Long.toString(messageId), PATIENCE);
        settle();
        return newLines();
    }

    /** Loads {@code cogs} as plugin {@code pluginId} into the running bot, as the plugin manager does from a JAR. */
    void install(String pluginId, Cog... cogs) {
        app.runtime().install(pluginId, List.of(cogs));
    }

    /**
     * Waits until the transport has handed the runtime an event of {@code type} passing
     * {@code matching} (since the bot started), then until the bot is idle again.
     */
    <E extends TransportEvent> E awaitEvent(Class<E> type, Predicate<? super E> matching) {
        E event = observed.awaitEvent(type, matching, PATIENCE);
        settle();
        return event;
    }

    /** Whether the runtime was ever handed the message {@code messageId}. */
    boolean reachedTheBot(long messageId) {
        return observed.wasDelivered(Long.toString(messageId));
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
            if (ownsDiscord) {
                discord.close();
            }
        }
    }
}
