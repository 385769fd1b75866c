package dev.cogbot.testkit;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.OutgoingMessage;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A transport that keeps everything in memory: messages are delivered by calling {@link #deliver},
 * and everything the bot does is recorded as {@link BotEvent}s.
 */
public final class InMemoryTransport implements Transport {

    /** The bot's own user on this transport. */
    public static final User BOT_USER = new User("bot", "cogbot", true);

    private final ReentrantLock lock = new ReentrantLock();
    private final List<BotEvent> events = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Set<String> ownerIds;
    private final Map<String, Set<Permission>> botPermissionsByChannel = new ConcurrentHashMap<>();
    private volatile Set<Permission> botPermissions = TestUser.PLAIN_MEMBER;
    private volatile TransportListener listener;

    public InMemoryTransport(Set<String> ownerIds) {
        this.ownerIds = Set.copyOf(ownerIds);
    }

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
        listener.onReady(BOT_USER);
    }

    /**
     * Delivers a message from {@code author} as if it had arrived over the network; in a server's
     * channel the author is a member with no permission beyond a plain member's.
     */
    public IncomingMessage deliver(User author, ChannelRef channel, String content) {
        return deliver(author, channel, content,
                channel.isPrivate() ? null : new MemberRef(author.name(), TestUser.PLAIN_MEMBER));
    }

    /** Delivers a message from {@code author}, a member as {@code member} says ({@code null} in a DM). */
    public IncomingMessage deliver(User author, ChannelRef channel, String content, MemberRef member) {
        IncomingMessage message = new IncomingMessage(nextId(), channel, author, content, member);
        TransportListener target = listener;
        if (target == null) {
            throw new IllegalStateException("the transport is not started");
        }
        target.onMessage(message);
        return message;
    }

    /** Everything recorded so far, in order. */
    public List<BotEvent> events() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }

    public int eventCount() {
        lock.lock();
        try {
            return events.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IncomingMessage send(ChannelRef channel, OutgoingMessage message) {
        String id = nextId();
        record(new BotEvent.Sent(channel, id, message.text(), message.mentions()));
        return new IncomingMessage(id, channel, BOT_USER, message.text());
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
        record(new BotEvent.ReactionAdded(channel, messageId, emoji));
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
        record(new BotEvent.ReactionRemoved(channel, messageId, emoji));
    }

    @Override
    public void sendTyping(ChannelRef channel) {
        record(new BotEvent.TypingStarted(channel));
    }

    @Override
    public void setPresence(Activity activity) {
        record(new BotEvent.PresenceChanged(activity));
    }

    /**
     * In a server's channel, what it was set to for that channel, else for every channel (a plain
     * member's rights unless set); in a DM, {@link #DIRECT_MESSAGE_PERMISSIONS}.
     */
    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return channel.isPrivate() ? DIRECT_MESSAGE_PERMISSIONS
                : botPermissionsByChannel.getOrDefault(channel.id(), botPermissions);
    }

    /** What the bot may do in every server channel not set on its own. */
    public void setBotPermissions(Set<Permission> permissions) {
        botPermissions = Set.copyOf(permissions);
    }

    /** What the bot may do in {@code channel}, a server's. */
    public void setBotPermissions(ChannelRef channel, Set<Permission> permissions) {
        if (channel.isPrivate()) {
            throw new IllegalArgumentException("a DM's permissions are fixed; set them in a server's channel");
        }
        botPermissionsByChannel.put(channel.id(), Set.copyOf(permissions));
    }

    @Override
    public Set<String> ownerIds() {
        return ownerIds;
    }

    @Override
    public void close() {
        listener = null;
    }

    private void record(BotEvent event) {
        lock.lock();
        try {
            events.add(event);
        } finally {
            lock.unlock();
        }
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }
}
