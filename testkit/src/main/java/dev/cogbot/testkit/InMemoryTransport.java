package dev.cogbot.testkit;

import dev.cogbot.api.ActionRow;
import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingInteraction;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.MentionsInText;
import dev.cogbot.runtime.transport.ReactionEmoji;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Set<Permission>> botPermissionsByChannel = new ConcurrentHashMap<>();
    private volatile Set<Permission> botPermissions = TestUser.PLAIN_MEMBER;
    private final Map<String, Overwrite> memberOverwrites = new ConcurrentHashMap<>();
    private final InMemoryWorld world = new InMemoryWorld();
    private volatile TransportListener listener;
    /** The components on each message of the bot's, as they are now. */
    private final Map<String, List<ActionRow>> rowsById = new ConcurrentHashMap<>();

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
                    MentionsInText.details(content, channel, member, world::userById, world::roles, referenced));
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
     * {@code user} adds a reaction to a message, as if over the network; nothing happens if they had
     * already reacted so (as on Discord).
     */
    public void react(User user, ChannelRef channel, String messageId, String written, MemberRef member) {
        String emoji = ReactionEmoji.code(written);
        boolean changed = locked(() -> {
            requireMessage(channel, messageId);
            return world.react(messageId, emoji, user.id());
        });
        if (changed) {
            tell(new TransportEvent.ReactionAdded(channel, messageId, emoji, user, member));
        }
    }

    /** {@code user} takes back a reaction; nothing happens if they had none so. */
    public void unreact(User user, ChannelRef channel, String messageId, String written, MemberRef member) {
        String emoji = ReactionEmoji.code(written);
        boolean changed = locked(() -> {
            requireMessage(channel, messageId);
            return world.unreact(messageId, emoji, user.id());
        });
        if (changed) {
            tell(new TransportEvent.ReactionRemoved(channel, messageId, emoji, user, member));
        }
    }

    /** {@code author} edits a message of theirs to read {@code content}. */
    public IncomingMessage editBy(User author, ChannelRef channel, String messageId, String content) {
        IncomingMessage edited = locked(() -> {
            IncomingMessage old = requireMessage(channel, messageId);
            if (!old.author().id().equals(author.id())) {
                throw new IllegalArgumentException(author.name() + " can edit only their own messages, not "
                        + old.author().name() + "'s");
            }
            IncomingMessage now = new IncomingMessage(messageId, channel, old.author(), content, old.member(),
                    MentionsInText.details(content, channel, old.member(), world::userById, world::roles, old.details().referenced()));
            world.message(now);
            return now;
        });
        tell(new TransportEvent.MessageEdited(edited));
        return edited;
    }

    /** Someone deletes a message, as if over the network (no rights are checked). */
    public void deleteBy(User user, ChannelRef channel, String messageId) {
        locked(() -> {
            requireMessage(channel, messageId);
            world.removeMessage(messageId);
            return null;
        });
        tell(new TransportEvent.MessageDeleted(channel, messageId));
    }

    /** A user joins a server the bot is in. */
    public void memberJoins(GuildRef guild, MemberRef member) {
        addMember(guild, member);
        tell(new TransportEvent.MemberJoined(guild, member));
    }

    /** A member leaves a server (or is kicked); the network forgets them there. */
    public void memberLeaves(GuildRef guild, User user) {
        locked(() -> {
            world.removeMember(guild, user.id());
            return null;
        });
        tell(new TransportEvent.MemberLeft(guild, user));
    }

    /** The bot is added to a server while connected. */
    public void guildJoined(GuildRef guild) {
        locked(() -> {
            world.guild(guild);
            return null;
        });
        tell(new TransportEvent.GuildJoined(guild));
    }

    /** The bot is removed from a server. */
    public void guildLeft(GuildRef guild) {
        tell(new TransportEvent.GuildLeft(guild));
    }

    /** A new session: the transport is ready again. */
    public void reconnect() {
        TransportListener target = listener;
        if (target == null) {
            throw new IllegalStateException("the transport is not started");
        }
        target.onReady(BOT_USER);
    }

    /** The connection dropped and was resumed (shard 0). */
    public void resume() {
        tell(new TransportEvent.Resumed(0));
    }

    private IncomingMessage requireMessage(ChannelRef channel, String messageId) {
        return world.message(channel.id(), messageId)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in " + channel.name()));
    }

    /** Reports an event to the runtime, outside the lock: the runtime may call back in. */
    private void tell(TransportEvent event) {
        TransportListener target = listener;
        if (target == null) {
            throw new IllegalStateException("the transport is not started");
        }
        target.onEvent(event);
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

    /**
     * Makes a member known to the network but not to the bot's cache, as most of a server's members
     * are on Discord without the privileged server-members intent: {@code members()} leaves them out,
     * while a lookup by id or by name asks the network and finds them. Once they say something in the
     * server the bot holds them like anyone else.
     */
    public void addUncachedMember(GuildRef guild, MemberRef member) {
        lock.lock();
        try {
            world.uncachedMember(guild, member);
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

    // --- interactions: what a user does through Discord's UI, and the bot's answers to it

    /**
     * Hands an interaction to the bot as if it had arrived over the network; build it with a
     * {@link #responder} so the bot's answers are recorded.
     */
    public void interact(IncomingInteraction interaction) {
        TransportListener target = listener;
        if (target == null) {
            throw new IllegalStateException("the transport is not started");
        }
        target.onInteraction(interaction);
    }

    /** A fresh id for an interaction. */
    public String nextInteractionId() {
        return "i" + nextId();
    }

    /**
     * A responder keeping Discord's rules for an interaction in {@code channel}: one first answer,
     * edits and follow-ups only after it, {@code update} only for a click on {@code clicked}.
     *
     * @param kind    what the interaction is
     * @param clicked the message the component is on, for a click; else {@code null}
     */
    public InMemoryResponder responder(InMemoryResponder.Kind kind, ChannelRef channel, IncomingMessage clicked) {
        return new InMemoryResponder(this, kind, channel, clicked);
    }

    /** The components on message {@code messageId} now; none for a message without any or unknown. */
    public List<ActionRow> rowsOf(String messageId) {
        return rowsById.getOrDefault(messageId, List.of());
    }

    /** A message the bot sent or edited, as it is now, if it exists. */
    public Optional<IncomingMessage> message(ChannelRef channel, String messageId) {
        return locked(() -> world.message(channel.id(), messageId));
    }

    /** An answer to an interaction as a new message; an ephemeral one is no message of the channel. */
    IncomingMessage answer(ChannelRef channel, Draft draft, boolean ephemeral) {
        lock.lock();
        try {
            String id = nextId();
            IncomingMessage sent = botMessage(id, channel, draft.text(), draft);
            if (!ephemeral) {
                world.message(sent);
            }
            rowsById.put(id, draft.rows());
            events.add(new BotEvent.Sent(channel, id, draft.text(), draft.mentions(), draft.embeds(), null, draft.rows(),
                    ephemeral));
            return sent;
        } finally {
            lock.unlock();
        }
    }

    /** A deferred answer's "thinking…", which the answer replaces. */
    IncomingMessage thinking(ChannelRef channel, boolean ephemeral) {
        lock.lock();
        try {
            String id = nextId();
            IncomingMessage placeholder = botMessage(id, channel, "", Draft.of(""));
            if (!ephemeral) {
                world.message(placeholder);
            }
            events.add(new BotEvent.Deferred(channel, id, ephemeral));
            return placeholder;
        } finally {
            lock.unlock();
        }
    }

    /** Replaces an interaction's answer (or the message a component is on) with {@code draft}. */
    IncomingMessage replaceAnswer(ChannelRef channel, String messageId, Draft draft, boolean ephemeral) {
        IncomingMessage replaced;
        lock.lock();
        try {
            replaced = botMessage(messageId, channel, draft.text(), draft);
            if (!ephemeral) {
                world.message(replaced);
            }
            rowsById.put(messageId, draft.rows());
            events.add(new BotEvent.Edited(channel, messageId, draft.text(), draft.embeds(), draft.rows()));
        } finally {
            lock.unlock();
        }
        if (!ephemeral) {
            tellIfStarted(new TransportEvent.MessageEdited(replaced));
        }
        return replaced;
    }

    /** Removes an interaction's answer. */
    void removeAnswer(ChannelRef channel, String messageId, boolean ephemeral) {
        lock.lock();
        try {
            if (!ephemeral) {
                world.removeMessage(messageId);
            }
            rowsById.remove(messageId);
            events.add(new BotEvent.Deleted(channel, messageId));
        } finally {
            lock.unlock();
        }
        if (!ephemeral) {
            tellIfStarted(new TransportEvent.MessageDeleted(channel, messageId));
        }
    }

    private static IncomingMessage botMessage(String id, ChannelRef channel, String text, Draft draft) {
        return new IncomingMessage(id, channel, BOT_USER, text, null,
                new IncomingMessage.Details(List.of(), List.of(), false, null, draft.embeds(), List.of()));
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
            rowsById.put(id, message.rows());
            // a channel message is seen by everyone: ephemeral means something only in answer to an interaction
            events.add(new BotEvent.Sent(channel, id, message.text(), message.mentions(), message.embeds(),
                    message.replyToId().orElse(null), message.rows(), false));
            return sent;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        IncomingMessage edited;
        lock.lock();
        try {
            IncomingMessage old = world.message(channel.id(), messageId).orElseThrow(
                    () -> new NoSuchElementException("cannot edit message " + messageId + ": there is none in " + channel.name()));
            if (!old.author().equals(BOT_USER)) {
                throw new IllegalStateException("cannot edit message " + messageId + ": the bot can edit only its own messages, not "
                        + old.author().name() + "'s");
            }
            IncomingMessage.Details d = old.details();
            edited = new IncomingMessage(messageId, channel, BOT_USER, message.text(), null,
                    new IncomingMessage.Details(d.mentions(), d.roleMentions(), d.mentionsEveryone(), d.referenced(),
                            message.embeds(), d.reactions()));
            world.message(edited);
            // as Discord's edit with components: they are replaced by the draft's (none, if it has none)
            rowsById.put(messageId, message.rows());
            events.add(new BotEvent.Edited(channel, messageId, message.text(), message.embeds(), message.rows()));
        } finally {
            lock.unlock();
        }
        tellIfStarted(new TransportEvent.MessageEdited(edited));
        return edited;
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
        lock.lock();
        try {
            IncomingMessage doomed = world.message(channel.id(), messageId).orElseThrow(
                    () -> new NoSuchElementException("cannot delete message " + messageId + ": there is none in " + channel.name()));
            if (!doomed.author().equals(BOT_USER) && channel.isPrivate()) {
                // Discord answers 403 Cannot execute action on a DM channel (50003)
                throw new IllegalStateException("cannot delete message " + messageId + " in " + channel.name()
                        + ": in a DM the bot can delete only its own messages");
            }
            if (!doomed.author().equals(BOT_USER) && !mayDeleteOthers(channel)) {
                // Discord answers 403 Missing Permissions (50013)
                throw new IllegalStateException("cannot delete message " + messageId + " in " + channel.name()
                        + ": the bot lacks the Manage Messages permission there (needed to delete "
                        + doomed.author().name() + "'s message)");
            }
            world.removeMessage(messageId);
            events.add(new BotEvent.Deleted(channel, messageId));
        } finally {
            lock.unlock();
        }
        tellIfStarted(new TransportEvent.MessageDeleted(channel, messageId));
    }

    private boolean mayDeleteOthers(ChannelRef channel) {
        Set<Permission> held = botPermissions(channel);
        return held.contains(Permission.MANAGE_MESSAGES) || held.contains(Permission.ADMINISTRATOR);
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return locked(() -> world.message(channel.id(), messageId));
    }

    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return locked(() -> world.reactors(messageId, ReactionEmoji.code(emoji)));
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
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        return locked(() -> world.membersNamed(guild, name));
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String written) {
        String emoji = ReactionEmoji.code(written);
        boolean changed;
        lock.lock();
        try {
            changed = world.react(messageId, emoji, BOT_USER.id());
            events.add(new BotEvent.ReactionAdded(channel, messageId, emoji));
        } finally {
            lock.unlock();
        }
        if (changed) {
            // as on Discord, where the bot's own reactions come back as events too
            tellIfStarted(new TransportEvent.ReactionAdded(channel, messageId, emoji, BOT_USER, null));
        }
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String written) {
        String emoji = ReactionEmoji.code(written);
        boolean changed;
        lock.lock();
        try {
            changed = world.unreact(messageId, emoji, BOT_USER.id());
            events.add(new BotEvent.ReactionRemoved(channel, messageId, emoji));
        } finally {
            lock.unlock();
        }
        if (changed) {
            tellIfStarted(new TransportEvent.ReactionRemoved(channel, messageId, emoji, BOT_USER, null));
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

    /**
     * In a server's channel, what it was set to for that channel, else for every channel (a plain
     * member's rights unless set); in a DM, {@link #DIRECT_MESSAGE_PERMISSIONS}.
     */
    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return channel.isPrivate() ? DIRECT_MESSAGE_PERMISSIONS
                : botPermissionsByChannel.getOrDefault(channel.id(), botPermissions);
    }

    /**
     * In a server's channel, the member's server-wide permissions with their overwrite there applied
     * as Discord applies one (see {@link #setMemberOverwrite}); an administrator holds every
     * permission whatever the overwrite says. In a DM, {@link #DIRECT_MESSAGE_PERMISSIONS}.
     */
    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        if (channel.isPrivate()) {
            return DIRECT_MESSAGE_PERMISSIONS;
        }
        if (member.permissions().contains(Permission.ADMINISTRATOR)) {
            return Set.copyOf(EnumSet.allOf(Permission.class));
        }
        Overwrite overwrite = memberOverwrites.get(overwriteKey(channel, member.user().id()));
        return overwrite == null ? member.permissions() : overwrite.applyTo(member.permissions());
    }

    /**
     * A channel overwrite for one member, as a server's channel settings make: in {@code channel} they
     * also hold {@code allowed} and no longer hold {@code denied}. A later call replaces it.
     */
    public void setMemberOverwrite(ChannelRef channel, String userId, Set<Permission> allowed, Set<Permission> denied) {
        if (channel.isPrivate()) {
            throw new IllegalArgumentException("a DM's permissions are fixed; set an overwrite in a server's channel");
        }
        memberOverwrites.put(overwriteKey(channel, userId), new Overwrite(Set.copyOf(allowed), Set.copyOf(denied)));
    }

    private static String overwriteKey(ChannelRef channel, String userId) {
        return channel.id() + "\n" + userId;
    }

    /** What one channel overwrite allows and denies on top of the server-wide permissions. */
    private record Overwrite(Set<Permission> allowed, Set<Permission> denied) {

        Set<Permission> applyTo(Set<Permission> serverWide) {
            EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
            held.addAll(serverWide);
            held.removeAll(denied);
            held.addAll(allowed);
            return Set.copyOf(held);
        }
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

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /** Reports what the bot itself did; after a close, nobody is listening any more. */
    private void tellIfStarted(TransportEvent event) {
        TransportListener target = listener;
        if (target != null) {
            target.onEvent(event);
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
