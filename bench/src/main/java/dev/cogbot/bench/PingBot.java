package dev.cogbot.bench;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.testkit.InMemoryStore;
import dev.cogbot.testkit.InMemoryTimerStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real {@link BotRuntime} (system clock, in-memory store) on a {@link CountingTransport} with
 * {@link PingCog} installed as plugin {@code bench}: what the dispatch benchmark drives.
 */
public final class PingBot implements AutoCloseable {

    public static final ChannelRef CHANNEL = ChannelRef.dm("bench", "bench");
    public static final User USER = new User("alice", "alice", false);

    private final CountingTransport transport = new CountingTransport();
    private final PingCog cog = new PingCog();
    private final BotRuntime runtime;
    private final IncomingMessage ping = new IncomingMessage("1", CHANNEL, USER, "!ping");
    private final Message pingMessage;

    public PingBot() {
        runtime = new BotRuntime(transport, Scheduler.system(), new InMemoryStore(), new InMemoryTimerStore(),
                RuntimeOptions.defaults().withLimits(NoCommandLimits.LIMITS));
        runtime.start();
        runtime.install("bench", List.of(cog));
        pingMessage = capturePingMessage();
    }

    /**
     * The runtime's own {@link Message} for {@code !ping}, caught by a before-hook on one real
     * delivery. {@code BotRuntime.wrap} is package-private, and {@code dispatchInline} needs one.
     */
    private Message capturePingMessage() {
        AtomicReference<Message> seen = new AtomicReference<>();
        Cancellable hook = runtime.registry().addBeforeHook(ctx -> seen.compareAndSet(null, ctx.message()));
        try {
            awaitReply(deliverAsync());
        } finally {
            hook.cancel();
        }
        runtime.scheduler().runningTasks().awaitIdle(Duration.ofSeconds(10));
        Message message = seen.get();
        if (message == null || !message.content().equals("!ping")) {
            throw new IllegalStateException("the before-hook did not see !ping: " + message);
        }
        return message;
    }

    /** Hands {@code !ping} to the runtime as the transport would; returns the reply to come. */
    public CompletableFuture<String> deliverAsync() {
        CompletableFuture<String> reply = transport.expectSend();
        runtime.onMessage(ping);
        return reply;
    }

    static String awaitReply(CompletableFuture<String> reply) {
        try {
            return reply.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no reply to !ping within 10 s", e);
        }
    }

    public BotRuntime runtime() {
        return runtime;
    }

    public CountingTransport transport() {
        return transport;
    }

    public PingCog cog() {
        return cog;
    }

    /** The transport's message for {@code !ping} (one instance, reused: it is plain data). */
    public IncomingMessage incomingPing() {
        return ping;
    }

    /** The runtime's {@link Message} for {@code !ping}, for {@code dispatchInline}. */
    public Message pingMessage() {
        return pingMessage;
    }

    @Override
    public void close() {
        runtime.close();
        runtime.scheduler().close();
    }
}
