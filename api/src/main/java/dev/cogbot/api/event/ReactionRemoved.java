package dev.cogbot.api.event;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Member;
import dev.cogbot.api.User;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone took back a reaction: discord.py's {@code on_raw_reaction_remove}.
 *
 * <pre>{@code
 * @Listen
 * public void onUnvote(ReactionRemoved event) {
 *     votes.remove(event.messageId(), event.user().id());
 * }
 * }</pre>
 *
 * @param channel   where the message is
 * @param messageId the message
 * @param emoji     the emoji taken back, written as in {@link ReactionAdded} (custom ones as {@code name:id})
 * @param user      who took it back
 * @param member    who took it back, as a member of the server, when the network says; empty in a DM
 *                  (and on Discord, which does not send the member with a removal)
 */
public record ReactionRemoved(Channel channel, String messageId, String emoji, User user, Optional<Member> member)
        implements Event {

    public ReactionRemoved {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(emoji, "emoji");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(member, "member");
    }
}
