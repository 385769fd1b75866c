package dev.cogbot.api.event;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Member;
import dev.cogbot.api.User;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone reacted to a message: discord.py's {@code on_raw_reaction_add}. The bot's own reactions
 * count too, as in discord.py: check {@code user()} against {@link dev.cogbot.api.Bot#user()}.
 *
 * <pre>{@code
 * ReactionAdded vote = bot.waitFor(ReactionAdded.class,
 *         r -> r.messageId().equals(poll.id()) && !r.user().bot(), Duration.ofMinutes(5));
 * }</pre>
 *
 * @param channel   where the message is
 * @param messageId the message reacted to
 * @param emoji     a unicode emoji ({@code "👍"}) or a custom one as {@code name:id}, animated or not (see {@link dev.cogbot.api.Reaction})
 * @param user      who reacted
 * @param member    who reacted, as a member of the server; empty in a DM
 */
public record ReactionAdded(Channel channel, String messageId, String emoji, User user, Optional<Member> member)
        implements Event {

    public ReactionAdded {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(emoji, "emoji");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(member, "member");
    }
}
