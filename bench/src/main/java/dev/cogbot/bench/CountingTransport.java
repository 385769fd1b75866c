package dev.cogbot.bench;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.TransportListener;
import dev.cogbot.testkit.KeepsNothingTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A transport for the dispatch benchmark that keeps nothing: it counts what the bot sends and, when
 * asked, completes a future on the next send. Unlike the test kit's {@code InMemoryTransport} it
 * never grows, so millions of JMH operations measure dispatch and not an ever-longer event list.
 */
public final class CountingTransport extends KeepsNothingTransport {

    public static final User BOT = new User("bench-bot", "bench-bot", true);

    private final AtomicLong sent = new AtomicLong();
    private volatile CompletableFuture<String> nextSend;
    private volatile TransportListener listener;

    public CountingTransport() {
        super(BOT);
    }

    @Override
    public String name() {
        return "counting";
    }

    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
        listener.onReady(BOT);
    }

    /** How many messages the bot has sent so far. */
    public long sent() {
        return sent.get();
    }

    /** A future the next {@link #send} completes with the text sent; one at a time. */
    public CompletableFuture<String> expectSend() {
        CompletableFuture<String> future = new CompletableFuture<>();
        nextSend = future;
        return future;
    }

    public TransportListener listener() {
        return listener;
    }

    @Override
    public IncomingMessage send(ChannelRef channel, Draft outgoing) {
        String text = outgoing.text();
        // A real transport makes an id and a message for what it sent; the cheapest honest equivalent.
        IncomingMessage message = new IncomingMessage("sent", channel, BOT, text);
        sent.incrementAndGet();
        CompletableFuture<String> waiting = nextSend;
        if (waiting != null) {
            nextSend = null;
            waiting.complete(text);
        }
        return message;
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
    }

    @Override
    public void sendTyping(ChannelRef channel) {
    }

    @Override
    public void setPresence(Activity activity) {
    }

    @Override
    public void close() {
        listener = null;
    }
}
