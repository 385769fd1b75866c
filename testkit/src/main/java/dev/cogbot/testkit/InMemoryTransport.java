package dev.cogbot.testkit;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.MentionsInText;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

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
    private final InMemoryWorld world = new InMemoryWorld();
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
                channel.isPrivate() ? null : MemberRef.of(author, author.name(), TestUser.PLAIN_MEMBER));
    }

    /** Delivers a message from {@code author}, a member as {@code member} says ({@code null} in a DM). */
    public IncomingMessage deliver(User author, ChannelRef channel, String content, MemberRef member) {
        return deliver(author, channel, content, member, null);
    }

    /**
     * Delivers a message from {@code author} replying to message {@code replyToId} (or to none when null).
     * Its mentions are read from the text as Discord does: {@code <@id>}, {@code <@&id>}, {@code @everyone}.
     */
    public IncomingMessage deliver(User author, ChannelRef channel, String content, MemberRef member, String replyToId) {
        IncomingMessage message;
        lock.lock();
        try {
            IncomingMessage referenced = replyToId == null ? null : world.message(channel.id(), replyToId).orElse(null);
            message = new IncomingMessage(nextId(), channel, author, content, member,
                    MentionsInText.details(content, channel, world::userById, world::roles, referenced));
            world.message(message);
        } finally {
            lock.unlock();
        }
        TransportListener target = listener;
        if (target == null) {
            throw new IllegalStateException("the transport is not started");
        }
        target.onMessage(message);
        return message;
    }

    /**
     * Makes a member known to the network without their saying anything, as a server's member list
     * would (e.g. for a converter to find {@code @bob}). A later call replaces their roles and rights.
     */
    public void addMember(GuildRef guild, MemberRef member) {
        lock.lock();
        try {
            world.member(guild, member);
        } finally {
            lock.unlock();
        }
    }

    /** Makes a channel known to the network, as a server's channel list would. */
    public void addChannel(ChannelRef channel) {
        lock.lock();
        try {
            world.channel(channel);
        } finally {
            lock.unlock();
        }
    }

    /** Makes a role known in a server, as its role list would. */
    public void addRole(GuildRef guild, Role role) {
        lock.lock();
        try {
            world.role(guild, role);
        } finally {
            lock.unlock();
        }
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
    public IncomingMessage send(ChannelRef channel, Draft message) {
        lock.lock();
        try {
            String id = nextId();
            IncomingMessage referenced = message.replyToId().flatMap(r -> world.message(channel.id(), r)).orElse(null);
            IncomingMessage sent = new IncomingMessage(id, channel, BOT_USER, message.text(), null,
                    new IncomingMessage.Details(List.of(), List.of(), false, referenced, message.embeds(), List.of()));
            world.message(sent);
            events.add(new BotEvent.Sent(channel, id, message.text(), message.mentions(), message.embeds(),
                    message.replyToId().orElse(null)));
            return sent;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        lock.lock();
        try {
            IncomingMessage old = world.message(channel.id(), messageId).orElseThrow(
                    () -> new NoSuchElementException("cannot edit message " + messageId + ": there is none in " + channel.name()));
            if (!old.author().equals(BOT_USER)) {
                throw new IllegalStateException("cannot edit message " + messageId + ": the bot can edit only its own messages, not "
                        + old.author().name() + "'s");
            }
            IncomingMessage.Details d = old.details();
            IncomingMessage edited = new IncomingMessage(messageId, channel, BOT_USER, message.text(), null,
                    new IncomingMessage.Details(d.mentions(), d.roleMentions(), d.mentionsEveryone(), d.referenced(),
                            message.embeds(), d.reactions()));
            world.message(edited);
            events.add(new BotEvent.Edited(channel, messageId, message.text(), message.embeds()));
            return edited;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
        lock.lock();
        try {
            world.message(channel.id(), messageId).orElseThrow(
                    () -> new NoSuchElementException("cannot delete message " + messageId + ": there is none in " + channel.name()));
            world.removeMessage(messageId);
            events.add(new BotEvent.Deleted(channel, messageId));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return locked(() -> world.message(channel.id(), messageId));
    }

    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return locked(() -> world.reactors(messageId, emoji));
    }

    @Override
    public Optional<User> user(String userId) {
        return locked(() -> world.userById(userId));
    }

    @Override
    public Optional<ChannelRef> channel(String channelId) {
        return locked(() -> world.channelById(channelId));
    }

    @Override
    public List<Role> roles(GuildRef guild) {
        return locked(() -> world.roles(guild));
    }

    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        return locked(() -> world.channels(guild));
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        return locked(() -> world.member(guild, userId));
    }

    @Override
    public List<MemberRef> members(GuildRef guild) {
        return locked(() -> world.members(guild));
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
        lock.lock();
        try {
            world.react(messageId, emoji, BOT_USER.id());
            events.add(new BotEvent.ReactionAdded(channel, messageId, emoji));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
        lock.lock();
        try {
            world.unreact(messageId, emoji, BOT_USER.id());
            events.add(new BotEvent.ReactionRemoved(channel, messageId, emoji));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void sendTyping(ChannelRef channel) {
        record(new BotEvent.TypingStarted(channel));
    }

    @Override
    public void setPresence(Activity activity) {
        record(new BotEvent.PresenceChanged(activity));
    }

    @Override
    public Set<String> ownerIds() {
        return ownerIds;
    }

    @Override
    public void close() {
        listener = null;
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
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
