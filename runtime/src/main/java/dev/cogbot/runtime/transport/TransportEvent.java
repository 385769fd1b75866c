package dev.cogbot.runtime.transport;

import dev.cogbot.api.User;
import java.util.Objects;

/**
 * What a transport reports besides messages arriving and being ready: plain data, no behaviour. The
 * runtime turns each into an api {@link dev.cogbot.api.event.Event}, filling in what it remembers
 * (the text before an edit, a deleted message).
 *
 * <pre>{@code
 * listener.onEvent(new TransportEvent.ReactionAdded(channel, messageId, "👍", alice, aliceAsMember));
 * }</pre>
 */
public sealed interface TransportEvent {

    /** A message was edited; {@code message} is how it reads now. */
    record MessageEdited(IncomingMessage message) implements TransportEvent {
        public MessageEdited {
            Objects.requireNonNull(message, "message");
        }
    }

    /** A message was deleted. */
    record MessageDeleted(ChannelRef channel, String messageId) implements TransportEvent {
        public MessageDeleted {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /** {@code user} reacted; {@code member} is them in the channel's server, {@code null} in a DM or when unknown. */
    record ReactionAdded(ChannelRef channel, String messageId, String emoji, User user, MemberRef member)
            implements TransportEvent {
        public ReactionAdded {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(emoji, "emoji");
            Objects.requireNonNull(user, "user");
        }
    }

    /** {@code user} took a reaction back; {@code member} as for {@link ReactionAdded}. */
    record ReactionRemoved(ChannelRef channel, String messageId, String emoji, User user, MemberRef member)
            implements TransportEvent {
        public ReactionRemoved {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(emoji, "emoji");
            Objects.requireNonNull(user, "user");
        }
    }

    record MemberJoined(GuildRef guild, MemberRef member) implements TransportEvent {
        public MemberJoined {
            Objects.requireNonNull(guild, "guild");
            Objects.requireNonNull(member, "member");
        }
    }

    record MemberLeft(GuildRef guild, User user) implements TransportEvent {
        public MemberLeft {
            Objects.requireNonNull(guild, "guild");
            Objects.requireNonNull(user, "user");
        }
    }

    /** The bot was added to a server while connected (not the servers it is in when it connects). */
    record GuildJoined(GuildRef guild) implements TransportEvent {
        public GuildJoined {
            Objects.requireNonNull(guild, "guild");
        }
    }

    /** The bot was removed from a server. */
    record GuildLeft(GuildRef guild) implements TransportEvent {
        public GuildLeft {
            Objects.requireNonNull(guild, "guild");
        }
    }

    /** Shard {@code shardId}'s dropped connection was resumed (0 without shards). */
    record Resumed(int shardId) implements TransportEvent {
    }
}
