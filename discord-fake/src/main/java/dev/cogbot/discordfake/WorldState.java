package dev.cogbot.discordfake;

import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changes while the fake runs: DM channels, messages, reactions and who is a member of each guild.
 * The guilds' channels and roles and the users are fixed by the {@link FakeDiscordConfig}. Thread-safe
 * (one monitor).
 */
final class WorldState {

    /** A channel the fake knows: a text channel of a guild, or a DM channel with one user. */
    record ChannelRef(long id, FakeGuild guild, FakeChannel guildChannel, FakeUser dmRecipient) {
        boolean isDm() {
            return guildChannel == null;
        }

        /** The guild's id, or 0 for a DM channel. */
        long guildId() {
            return guild == null ? 0 : guild.id();
        }
    }

    /**
     * A message and the parts of its create request the fake echoes back.
     *
     * @param message    the public view
     * @param embedsJson the {@code embeds} array as sent, {@code "[]"} without
     * @param componentsJson the {@code components} array as sent, {@code "[]"} without
     * @param attachmentsJson the attachment objects the fake made for uploaded files, {@code "[]"} without
     */
    record StoredMessage(FakeMessage message, String embedsJson, String componentsJson, String attachmentsJson,
            MessageOrigin origin) {

        /** A message a user or the bot wrote plainly (not through an interaction). */
        StoredMessage(FakeMessage message, String embedsJson, String componentsJson, String attachmentsJson) {
            this(message, embedsJson, componentsJson, attachmentsJson, MessageOrigin.PLAIN);
        }
    }

    private final FakeDiscordConfig config;
    private final Snowflakes snowflakes;
    private final Map<Long, Long> dmChannelByUser = new LinkedHashMap<>();
    private final Map<Long, Long> dmUserByChannel = new LinkedHashMap<>();
    private final Map<Long, LinkedHashMap<Long, StoredMessage>> messagesByChannel = new LinkedHashMap<>();
    private final Set<FakeReaction> reactions = new LinkedHashSet<>();
    /** Each configured guild's members now, by user id in the order they joined. */
    private final Map<Long, LinkedHashMap<Long, FakeMember>> membersByGuild = new LinkedHashMap<>();

    WorldState(FakeDiscordConfig config, Snowflakes snowflakes) {
        this.config = config;
        this.snowflakes = snowflakes;
        for (FakeGuild guild : config.guilds()) {
            LinkedHashMap<Long, FakeMember> members = new LinkedHashMap<>();
            guild.members().forEach(m -> members.put(m.userId(), m));
            membersByGuild.put(guild.id(), members);
        }
    }

    /** A configured guild as it is now: its members are those who have not left, and those who joined. */
    synchronized Optional<FakeGuild> guild(long guildId) {
        return config.guild(guildId).map(this::current);
    }

    /** The configured guilds as they are now (see {@link #guild}). */
    synchronized List<FakeGuild> guilds() {
        return config.guilds().stream().map(this::current).toList();
    }

    private FakeGuild current(FakeGuild configured) {
        return new FakeGuild(configured.id(), configured.name(), configured.ownerId(), configured.roles(),
                configured.channels(), List.copyOf(membersByGuild.get(configured.id()).values()));
    }

    /** {@code member} joins a configured guild; someone already a member keeps the membership they have. */
    synchronized void join(long guildId, FakeMember member) {
        membersByGuild.get(guildId).putIfAbsent(member.userId(), member);
    }

    /** The user leaves a configured guild; {@code false} if they were not a member. */
    synchronized boolean leave(long guildId, long userId) {
        return membersByGuild.get(guildId).remove(userId) != null;
    }

    FakeDiscordConfig config() {
        return config;
    }

    long newId() {
        return snowflakes.next();
    }

    Optional<FakeUser> user(long id) {
        return config.user(id);
    }

    synchronized Optional<ChannelRef> channel(long channelId) {
        for (FakeGuild guild : guilds()) {
            Optional<FakeChannel> guildChannel = guild.channel(channelId);
            if (guildChannel.isPresent()) {
                return Optional.of(new ChannelRef(channelId, guild, guildChannel.get(), null));
            }
        }
        Long userId = dmUserByChannel.get(channelId);
        return userId == null ? Optional.empty()
                : Optional.of(new ChannelRef(channelId, null, null, config.user(userId).orElseThrow()));
    }

    /** The DM channel between the bot and {@code user}, made on first use. */
    synchronized ChannelRef dmWith(FakeUser user) {
        long channelId = dmChannelByUser.computeIfAbsent(user.id(), u -> newId());
        dmUserByChannel.put(channelId, user.id());
        return new ChannelRef(channelId, null, null, user);
    }

    synchronized Optional<Long> dmChannelOf(long userId) {
        return Optional.ofNullable(dmChannelByUser.get(userId));
    }

    synchronized StoredMessage addMessage(ChannelRef channel, long authorId, String content, long replyTo,
            String embedsJson, String componentsJson, String attachmentsJson) {
        return addMessage(channel, authorId, content, replyTo, embedsJson, componentsJson, attachmentsJson,
                MessageOrigin.PLAIN);
    }

    synchronized StoredMessage addMessage(ChannelRef channel, long authorId, String content, long replyTo,
            String embedsJson, String componentsJson, String attachmentsJson, MessageOrigin origin) {
        StoredMessage stored = newMessage(channel, authorId, content, replyTo, embedsJson, componentsJson,
                attachmentsJson, origin);
        messagesByChannel.computeIfAbsent(channel.id(), c -> new LinkedHashMap<>()).put(stored.message().id(), stored);
        return stored;
    }

    /** A message with a new id that is in no channel's history: an ephemeral one, seen only by its user. */
    StoredMessage newMessage(ChannelRef channel, long authorId, String content, long replyTo, String embedsJson,
            String componentsJson, String attachmentsJson, MessageOrigin origin) {
        long id = newId();
        FakeMessage message = new FakeMessage(id, channel.id(), channel.guildId(), authorId,
                content, Snowflakes.timeOf(id), null, replyTo);
        return new StoredMessage(message, embedsJson, componentsJson, attachmentsJson, origin);
    }

    synchronized Optional<StoredMessage> message(long channelId, long messageId) {
        return Optional.ofNullable(messagesByChannel.getOrDefault(channelId, new LinkedHashMap<>()).get(messageId));
    }

    synchronized Optional<StoredMessage> editMessage(long channelId, long messageId, String content,
            String embedsJson, Instant editedAt) {
        return editMessage(channelId, messageId, new MessageEdit(content, embedsJson, null), editedAt);
    }

    synchronized Optional<StoredMessage> editMessage(long channelId, long messageId, MessageEdit edit,
            Instant editedAt) {
        Optional<StoredMessage> current = message(channelId, messageId);
        current.ifPresent(old -> messagesByChannel.get(channelId).put(messageId, edit.applyTo(old, editedAt)));
        return message(channelId, messageId);
    }

    synchronized Optional<StoredMessage> deleteMessage(long channelId, long messageId) {
        LinkedHashMap<Long, StoredMessage> messages = messagesByChannel.get(channelId);
        StoredMessage removed = messages == null ? null : messages.remove(messageId);
        if (removed != null) {
            reactions.removeIf(r -> r.messageId() == messageId);
        }
        return Optional.ofNullable(removed);
    }

    /** The channel's messages, oldest first. */
    synchronized List<StoredMessage> messages(long channelId) {
        return List.copyOf(messagesByChannel.getOrDefault(channelId, new LinkedHashMap<>()).values());
    }

    /** Adds a reaction; false when that user had already reacted so. */
    synchronized boolean addReaction(FakeReaction reaction) {
        return reactions.add(reaction);
    }

    synchronized boolean removeReaction(FakeReaction reaction) {
        return reactions.remove(reaction);
    }

    synchronized List<FakeReaction> reactions() {
        return List.copyOf(reactions);
    }

    /** The reactions on one message grouped by emoji, in the order they were first added. */
    synchronized Map<String, List<Long>> reactionsOn(long messageId) {
        Map<String, List<Long>> byEmoji = new LinkedHashMap<>();
        for (FakeReaction r : reactions) {
            if (r.messageId() == messageId) {
                byEmoji.computeIfAbsent(r.emoji(), e -> new ArrayList<>()).add(r.userId());
            }
        }
        return byEmoji;
    }
}
