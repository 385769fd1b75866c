package dev.cogbot.testkit;

import dev.cogbot.api.Reaction;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the in-memory network knows: servers with their roles, channels and members, users, and
 * every message with who reacted to it. Filled as tests set it up and as users talk; guarded by the
 * transport's lock.
 */
final class InMemoryWorld {

    private final Map<String, GuildRef> guilds = new LinkedHashMap<>();
    private final Map<String, List<Role>> roles = new LinkedHashMap<>();
    private final Map<String, Map<String, ChannelRef>> channels = new LinkedHashMap<>();
    private final Map<String, Map<String, MemberRef>> members = new LinkedHashMap<>();
    /** Per server, the ids of members the network knows but the bot holds no cache entry for. */
    private final Map<String, Set<String>> uncached = new LinkedHashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, ChannelRef> dms = new LinkedHashMap<>();
    private final Map<String, IncomingMessage> messages = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> reactors = new LinkedHashMap<>();

    void guild(GuildRef guild) {
        guilds.putIfAbsent(guild.id(), guild);
        roles.putIfAbsent(guild.id(), new ArrayList<>());
        channels.putIfAbsent(guild.id(), new LinkedHashMap<>());
        members.putIfAbsent(guild.id(), new LinkedHashMap<>());
    }

    void role(GuildRef guild, Role role) {
        guild(guild);
        List<Role> known = roles.get(guild.id());
        if (known.stream().noneMatch(r -> r.id().equals(role.id()))) {
            known.add(role);
        }
    }

    void channel(ChannelRef channel) {
        if (channel.isPrivate()) {
            dms.putIfAbsent(channel.id(), channel);
            return;
        }
        guild(channel.guild());
        channels.get(channel.guild().id()).putIfAbsent(channel.id(), channel);
    }

    void user(User user) {
        users.put(user.id(), user);
    }

    /** Records a member as they are now: a later call with other roles replaces the earlier. */
    void member(GuildRef guild, MemberRef member) {
        guild(guild);
        user(member.user());
        member.roles().forEach(role -> role(guild, role));
        members.get(guild.id()).put(member.user().id(), member);
        uncached.getOrDefault(guild.id(), new LinkedHashSet<>()).remove(member.user().id());
    }

    /** Records a member the network knows but the bot's cache does not, as Discord without the members intent. */
    void uncachedMember(GuildRef guild, MemberRef member) {
        member(guild, member);
        uncached.computeIfAbsent(guild.id(), id -> new LinkedHashSet<>()).add(member.user().id());
    }

    void removeMember(GuildRef guild, String userId) {
        Map<String, MemberRef> of = members.get(guild.id());
        if (of != null) {
            of.remove(userId);
        }
    }

    void message(IncomingMessage message) {
        channel(message.channel());
        user(message.author());
        if (message.member() != null && !message.channel().isPrivate()) {
            member(message.channel().guild(), message.member());
        }
        messages.put(message.id(), message);
    }

    Optional<IncomingMessage> message(String channelId, String messageId) {
        IncomingMessage message = messages.get(messageId);
        return message != null && message.channel().id().equals(channelId)
                ? Optional.of(withReactions(message)) : Optional.empty();
    }

    void removeMessage(String messageId) {
        messages.remove(messageId);
        reactors.remove(messageId);
    }

    /** Adds a reaction; returns false if that user had already reacted so. */
    boolean react(String messageId, String emoji, String userId) {
        return reactors.computeIfAbsent(messageId, id -> new LinkedHashMap<>())
                .computeIfAbsent(emoji, e -> new LinkedHashSet<>()).add(userId);
    }

    /** Removes a reaction; returns false if that user had not reacted so. */
    boolean unreact(String messageId, String emoji, String userId) {
        Map<String, Set<String>> byEmoji = reactors.get(messageId);
        if (byEmoji == null || !byEmoji.containsKey(emoji)) {
            return false;
        }
        boolean removed = byEmoji.get(emoji).remove(userId);
        if (byEmoji.get(emoji).isEmpty()) {
            byEmoji.remove(emoji);
        }
        return removed;
    }

    List<User> reactors(String messageId, String emoji) {
        Set<String> ids = reactors.getOrDefault(messageId, Map.of()).getOrDefault(emoji, Set.of());
        return ids.stream().map(id -> users.getOrDefault(id, new User(id, id, false))).toList();
    }

    Optional<User> userById(String id) {
        return Optional.ofNullable(users.get(id));
    }

    Optional<ChannelRef> channelById(String id) {
        ChannelRef dm = dms.get(id);
        if (dm != null) {
            return Optional.of(dm);
        }
        return channels.values().stream().map(of -> of.get(id)).filter(c -> c != null).findFirst();
    }

    List<Role> roles(GuildRef guild) {
        return List.copyOf(roles.getOrDefault(guild.id(), List.of()));
    }

    List<ChannelRef> channels(GuildRef guild) {
        return List.copyOf(channels.getOrDefault(guild.id(), Map.of()).values());
    }

    Optional<MemberRef> member(GuildRef guild, String userId) {
        return Optional.ofNullable(members.getOrDefault(guild.id(), Map.of()).get(userId));
    }

    /** The members the bot's cache holds: all but those added as uncached. */
    List<MemberRef> members(GuildRef guild) {
        Set<String> notHeld = uncached.getOrDefault(guild.id(), Set.of());
        return members.getOrDefault(guild.id(), Map.of()).values().stream()
                .filter(m -> !notHeld.contains(m.user().id())).toList();
    }

    /**
     * As Discord answers a name: the cache's exact matches, else a query of the network for up to
     * {@link Transport#NAME_QUERY_LIMIT} members whose user name or shown name starts with it, ignoring
     * case, narrowed to the exact ones.
     */
    List<MemberRef> membersNamed(GuildRef guild, String name) {
        if (!Transport.isQueryableName(name)) {
            return List.of();
        }
        List<MemberRef> cached = members(guild).stream().filter(m -> m.isNamed(name)).toList();
        if (!cached.isEmpty()) {
            return cached;
        }
        String prefix = name.toLowerCase(Locale.ROOT);
        return members.getOrDefault(guild.id(), Map.of()).values().stream()
                .filter(m -> m.user().name().toLowerCase(Locale.ROOT).startsWith(prefix)
                        || m.displayName().toLowerCase(Locale.ROOT).startsWith(prefix))
                .limit(Transport.NAME_QUERY_LIMIT)
                .filter(m -> m.isNamed(name))
                .toList();
    }

    private IncomingMessage withReactions(IncomingMessage message) {
        Map<String, Set<String>> byEmoji = reactors.getOrDefault(message.id(), Map.of());
        if (byEmoji.isEmpty()) {
            return message;
        }
        List<Reaction> reactions = byEmoji.entrySet().stream()
                .map(e -> new Reaction(e.getKey(), e.getValue().size(), e.getValue().contains(InMemoryTransport.BOT_USER.id())))
                .toList();
        IncomingMessage.Details d = message.details();
        return new IncomingMessage(message.id(), message.channel(), message.author(), message.content(), message.member(),
                new IncomingMessage.Details(d.mentions(), d.roleMentions(), d.mentionsEveryone(), d.referenced(),
                        d.embeds(), reactions));
    }
}
