package dev.cogbot.e2e.discord;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.TransportListener;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A transport (the JDA one, in these tests) with a note taken of every message and interaction it
 * hands the runtime, so a test knows when something it had the server send has arrived, without sleeping.
 */
final class ObservedTransport implements Transport {

    private final Transport delegate;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Set<String> delivered = new HashSet<>();
    private final java.util.List<TransportEvent> events = new java.util.ArrayList<>();

    ObservedTransport(Transport delegate) {
        this.delegate = delegate;
    }

    /** Blocks until message (or interaction) {@code id} has reached the runtime; fails the test after {@code patience}. */
    void awaitDelivered(String id, Duration patience) {
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (!delivered.contains(id)) {
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

    /** Whether message {@code id} ever reached the runtime. */
    boolean wasDelivered(String id) {
        lock.lock();
        try {
            return delivered.contains(id);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the transport has handed the runtime an event passing {@code matching}, reported
     * since the start; fails the test after {@code patience}.
     */
    <E extends TransportEvent> E awaitEvent(Class<E> type, java.util.function.Predicate<? super E> matching,
            Duration patience) {
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (true) {
                for (TransportEvent event : events) {
                    if (type.isInstance(event) && matching.test(type.cast(event))) {
                        return type.cast(event);
                    }
                }
                if (nanos <= 0) {
                    throw new AssertionError("no " + type.getSimpleName() + " as wanted reached the bot; it got " + events);
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

    private void noteEvent(TransportEvent event) {
        lock.lock();
        try {
            events.add(event);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void noteDelivered(String id) {
        lock.lock();
        try {
            delivered.add(id);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

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
                noteDelivered(message.id());
            }

            @Override
            public void onEvent(TransportEvent event) {
                listener.onEvent(event);
                noteEvent(event);
            }

            @Override
            public void onInteraction(dev.cogbot.runtime.transport.IncomingInteraction interaction) {
                listener.onInteraction(interaction);
                noteDelivered(interaction.id());
            }

            @Override
            public void onInputClosed() {
                listener.onInputClosed();
            }
        });
    }

    @Override
    public IncomingMessage send(ChannelRef channel, Draft message) {
        return delegate.send(channel, message);
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
    public Set<Permission> botPermissions(ChannelRef channel) {
        return delegate.botPermissions(channel);
    }

    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        return delegate.memberPermissions(channel, member);
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        return delegate.edit(channel, messageId, message);
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
        delegate.delete(channel, messageId);
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return delegate.fetchMessage(channel, messageId);
    }

    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return delegate.reactors(channel, messageId, emoji);
    }

    @Override
    public Optional<User> user(String userId) {
        return delegate.user(userId);
    }

    @Override
    public Optional<ChannelRef> channel(String channelId) {
        return delegate.channel(channelId);
    }

    @Override
    public List<Role> roles(GuildRef guild) {
        return delegate.roles(guild);
    }

    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        return delegate.channels(guild);
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        return delegate.member(guild, userId);
    }

    @Override
    public List<MemberRef> members(GuildRef guild) {
        return delegate.members(guild);
    }

    @Override
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        return delegate.membersNamed(guild, name);
    }

    @Override
    public Set<String> ownerIds() {
        return delegate.ownerIds();
    }

    @Override
    public boolean registersCommands() {
        return delegate.registersCommands();
    }

    @Override
    public boolean hasSlashCommands() {
        return delegate.hasSlashCommands();
    }

    @Override
    public List<dev.cogbot.runtime.transport.ApplicationCommand> registeredCommands(
            dev.cogbot.runtime.transport.CommandScope scope) {
        return delegate.registeredCommands(scope);
    }

    @Override
    public void overwriteCommands(dev.cogbot.runtime.transport.CommandScope scope,
            List<dev.cogbot.runtime.transport.ApplicationCommand> commands) {
        delegate.overwriteCommands(scope, commands);
    }

    @Override
    public String connectionState() {
        return delegate.connectionState();
    }

    @Override
    public dev.cogbot.runtime.transport.GatewayStatus gatewayStatus() {
        return delegate.gatewayStatus();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
