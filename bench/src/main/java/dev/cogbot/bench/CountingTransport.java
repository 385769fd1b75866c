package dev.cogbot.bench;

import dev.cogbot.api.Role;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.List;
import java.util.Optional;
import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.api.Draft;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A transport for the dispatch benchmark that keeps nothing: it counts what the bot sends and, when
 * asked, completes a future on the next send. Unlike the test kit's {@code InMemoryTransport} it
 * never grows, so millions of JMH operations measure dispatch and not an ever-longer event list.
 */
public final class CountingTransport implements Transport {

    public static final User BOT = new User("bench-bot", "bench-bot", true);

    private final AtomicLong sent = new AtomicLong();
    private volatile CompletableFuture<String> nextSend;
    private volatile TransportListener listener;

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

    // it keeps nothing, so it finds nothing
    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        return new IncomingMessage(messageId, channel, BOT, message.text());
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return Optional.empty();
    }

    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return List.of();
    }

    @Override
    public Optional<User> user(String userId) {
        return Optional.empty();
    }

    @Override
    public Optional<ChannelRef> channel(String channelId) {
        return Optional.empty();
    }

    @Override
    public List<Role> roles(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        return List.of();
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        return Optional.empty();
    }

    @Override
    public List<MemberRef> members(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        return List.of();
    }

    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return Set.of(Permission.values()); // a benchmark's bot may do anything
    }

    @Override
    public void close() {
        listener = null;
    }
}
