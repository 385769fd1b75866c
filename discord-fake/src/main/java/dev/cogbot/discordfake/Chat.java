package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import java.time.Clock;
import java.util.Optional;

/**
 * What happens in the fake's channels, whoever does it (the bot over REST, or a user through a test
 * control): the world changes, the change is recorded, and the matching dispatch goes to the gateway.
 */
final class Chat {

    private final WorldState world;
    private final Dispatches dispatches;
    private final Gateway gateway;
    private final Recorder recorder;
    private final Clock clock;
    private final long botId;

    Chat(WorldState world, Dispatches dispatches, Gateway gateway, Recorder recorder, Clock clock) {
        this.world = world;
        this.dispatches = dispatches;
        this.gateway = gateway;
        this.recorder = recorder;
        this.clock = clock;
        this.botId = world.config().bot().id();
    }

    /**
     * Posts a message and dispatches MESSAGE_CREATE (to the bot too when it wrote it, as Discord does).
     *
     * @param nonce the client's nonce to echo in the dispatch, or {@code null}
     */
    StoredMessage post(ChannelRef channel, long authorId, String content, long replyTo, String embedsJson,
            String componentsJson, String attachmentsJson, String nonce, String allowedMentionsJson) {
        return post(channel, authorId, content, replyTo, embedsJson, componentsJson, attachmentsJson, nonce,
                allowedMentionsJson, MessageOrigin.PLAIN);
    }

    /** {@link #post} of a message with an {@code origin}: a reply that does not ping, or an interaction's answer. */
    StoredMessage post(ChannelRef channel, long authorId, String content, long replyTo, String embedsJson,
            String componentsJson, String attachmentsJson, String nonce, String allowedMentionsJson,
            MessageOrigin origin) {
        StoredMessage stored = world.addMessage(channel, authorId, content, replyTo, embedsJson, componentsJson,
                attachmentsJson, origin);
        if (authorId == botId) {
            recorder.record(new Recorded.MessageSent(clock.instant(), channel.id(), stored.message().id(), content,
                    allowedMentionsJson, embedsJson, replyTo));
        }
        ObjectNode d = dispatches.messageCreate(stored);
        if (nonce != null) {
            d.put("nonce", nonce);
        }
        gateway.dispatch("MESSAGE_CREATE", d);
        return stored;
    }

    Optional<StoredMessage> edit(ChannelRef channel, long messageId, String content, String embedsJson) {
        return edit(channel, messageId, new MessageEdit(content, embedsJson, null));
    }

    /** Edits a message of the channel's history: recorded when the bot's, and a MESSAGE_UPDATE. */
    Optional<StoredMessage> edit(ChannelRef channel, long messageId, MessageEdit edit) {
        Optional<StoredMessage> edited = world.editMessage(channel.id(), messageId, edit, clock.instant());
        edited.ifPresent(m -> {
            if (m.message().authorId() == botId) {
                recorder.record(new Recorded.MessageEdited(clock.instant(), channel.id(), messageId,
                        m.message().content(), m.embedsJson()));
            }
            gateway.dispatch("MESSAGE_UPDATE", dispatches.messageUpdate(m));
        });
        return edited;
    }

    /** The bot deletes a message over REST: recorded, then as {@link #delete}. */
    Optional<StoredMessage> deleteByBot(ChannelRef channel, long messageId) {
        world.message(channel.id(), messageId).ifPresent(m -> recorder.record(new Recorded.MessageDeleted(
                clock.instant(), channel.id(), messageId, m.message().authorId())));
        return delete(channel, messageId);
    }

    Optional<StoredMessage> delete(ChannelRef channel, long messageId) {
        Optional<StoredMessage> deleted = world.deleteMessage(channel.id(), messageId);
        deleted.ifPresent(m -> gateway.dispatch("MESSAGE_DELETE", dispatches.messageDelete(m.message())));
        return deleted;
    }

    /**
     * Adds or removes {@code userId}'s reaction; records and dispatches only when something changed
     * (Discord answers 204 either way). A custom emoji is the same however written (see {@link ReactionEmoji}).
     */
    void react(ChannelRef channel, FakeMessage message, String written, long userId, boolean add) {
        String emoji = ReactionEmoji.key(written);
        FakeReaction reaction = new FakeReaction(channel.id(), message.id(), emoji, userId);
        boolean changed = add ? world.addReaction(reaction) : world.removeReaction(reaction);
        if (!changed) {
            return;
        }
        recorder.record(new Recorded.ReactionChange(clock.instant(), channel.id(), message.id(), emoji, userId, add));
        gateway.dispatch(add ? "MESSAGE_REACTION_ADD" : "MESSAGE_REACTION_REMOVE",
                dispatches.reaction(channel, message.id(), message.authorId(), emoji, userId, add));
    }

    void typing(ChannelRef channel, long userId) {
        if (userId == botId) {
            recorder.record(new Recorded.TypingStarted(clock.instant(), channel.id(), userId));
        }
        gateway.dispatch("TYPING_START", dispatches.typingStart(channel, userId, clock.instant()));
    }

    /** Someone joined a guild: GUILD_MEMBER_ADD, for sessions with the GUILD_MEMBERS intent. */
    void memberJoins(long guildId, FakeMember member) {
        gateway.dispatch("GUILD_MEMBER_ADD", dispatches.memberAdd(guildId, member));
    }

    /** Someone left a guild: GUILD_MEMBER_REMOVE, for sessions with the GUILD_MEMBERS intent. */
    void memberLeaves(long guildId, long userId) {
        gateway.dispatch("GUILD_MEMBER_REMOVE", dispatches.memberRemove(guildId, userId));
    }

    /** The bot was added to a guild: a GUILD_CREATE after READY. */
    void botJoins(FakeGuild guild) {
        gateway.dispatch("GUILD_CREATE", dispatches.guildCreate(guild));
    }

    /** The bot was removed from a guild: GUILD_DELETE. */
    void botLeaves(long guildId) {
        gateway.dispatch("GUILD_DELETE", dispatches.guildDelete(guildId));
    }
}
