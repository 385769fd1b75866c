package dev.cogbot.e2e.discord;

import dev.cogbot.api.Activity;
import dev.cogbot.api.User;
import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import dev.cogbot.e2e.PluginJars;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The real bot — plugin JARs from the build, PF4J, H2 and the JDA transport — logged in to a local
 * Discord-protocol server, on a clock the test moves. What the bot did is read back from what the
 * server recorded, as transcript lines.
 */
final class DiscordSession implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final FakeDiscord discord;
    private final ManualTime time = new ManualTime();
    private final Delivered delivered = new Delivered();
    private final CogbotApp app;
    private final DiscordTransport transport;
    private int mark;

    DiscordSession(Path home) {
        discord = FakeDiscord.start();
        PluginJars.copyTo(home.resolve("plugins"));
        BotConfig config = BotConfig.empty().withOverride("jdbc-url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DiscordOptions options = new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), Optional.empty());
        transport = new DiscordTransport(options);
        app = CogbotApp.start(BotPaths.under(home), config, time, pluginLines -> new Observed(transport, delivered));
        discord.await(Recorded.PresenceUpdate.class,
                p -> p.presence().activities().stream().anyMatch(a -> a.name().startsWith("Jokes told")), PATIENCE);
        settle();
        mark = discord.mark();
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
        delivered.await(Long.toString(id));
        settle();
        return newLines();
    }

    /** The same, in a direct message to the bot. */
    List<String> saysInDm(long userId, String content) {
        long id = discord.userSaysInDm(userId, content);
        delivered.await(Long.toString(id));
        settle();
        return newLines();
    }

    List<String> advance(Duration amount) {
        time.advance(amount);
        return newLines();
    }

    /** The id of the last message {@code userId} sent in {@code channelId}. */
    long lastMessageOf(long userId, long channelId) {
        return discord.messagesIn(channelId).stream().filter(m -> m.authorId() == userId)
                .reduce((a, b) -> b).orElseThrow().id();
    }

    private void settle() {
        app.runtime().scheduler().activity().awaitIdle(PATIENCE);
    }

    /** What the server recorded of the bot since the last call, one line each. */
    List<String> newLines() {
        List<Recorded> all = discord.recorded();
        List<Recorded> fresh = all.subList(Math.min(mark, all.size()), all.size());
        mark = all.size();
        return fresh.stream().map(DiscordSession::line).flatMap(Optional::stream).toList();
    }

    private static Optional<String> line(Recorded event) {
        return switch (event) {
            case Recorded.MessageSent sent -> Optional.of("cogbot: " + sent.content());
            case Recorded.ReactionChange r -> Optional.of((r.added() ? "reacted " : "removed ") + r.emoji()
                    + (r.added() ? " to " : " from ") + r.messageId());
            case Recorded.TypingStarted typing -> Optional.of("typing");
            case Recorded.PresenceUpdate presence -> presence.presence().activities().stream().findFirst()
                    .map(a -> "presence: " + a.name());
            default -> Optional.empty();
        };
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            discord.close();
        }
    }

    /** Ids of the messages the runtime has been handed, so a test knows when one has arrived. */
    static final class Delivered {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition arrived = lock.newCondition();
        private final Set<String> ids = new HashSet<>();

        void add(String id) {
            lock.lock();
            try {
                ids.add(id);
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void await(String id) {
            lock.lock();
            try {
                long nanos = PATIENCE.toNanos();
                while (!ids.contains(id)) {
                    if (nanos <= 0) {
                        throw new AssertionError("message " + id + " never reached the bot");
                    }
                    nanos = arrived.awaitNanos(nanos);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } finally {
                lock.unlock();
            }
        }
    }

    /** The JDA transport, with a note taken of every message it hands the runtime. */
    private record Observed(Transport delegate, Delivered delivered) implements Transport {
        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public void start(TransportListener listener) {
            delegate.start(new TransportListener() {
                @Override
                public void onReady(User self) {
                    listener.onReady(self);
                }

                @Override
                public void onMessage(IncomingMessage message) {
                    listener.onMessage(message);
                    delivered.add(message.id());
                }

                @Override
                public void onInputClosed() {
                    listener.onInputClosed();
                }
            });
        }

        @Override
        public IncomingMessage send(ChannelRef channel, String text) {
            return delegate.send(channel, text);
        }

        @Override
        public void addReaction(ChannelRef channel, String messageId, String emoji) {
            delegate.addReaction(channel, messageId, emoji);
        }

        @Override
        public void removeReaction(ChannelRef channel, String messageId, String emoji) {
            delegate.removeReaction(channel, messageId, emoji);
        }

        @Override
        public void sendTyping(ChannelRef channel) {
            delegate.sendTyping(channel);
        }

        @Override
        public void setPresence(Activity activity) {
            delegate.setPresence(activity);
        }

        @Override
        public Set<String> ownerIds() {
            return delegate.ownerIds();
        }

        @Override
        public String connectionState() {
            return delegate.connectionState();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
