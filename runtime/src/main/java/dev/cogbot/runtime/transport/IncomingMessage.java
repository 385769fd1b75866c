package dev.cogbot.runtime.transport;

import dev.cogbot.api.Embed;
import dev.cogbot.api.Reaction;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.List;
import java.util.Objects;

/**
 * A message as a transport sees it: plain data, no behaviour.
 *
 * @param member  the author as a member of the channel's server; {@code null} in a direct message and
 *                for the bot's own messages
 * @param details what else the message carries: mentions, the message it replies to, embeds, reactions
 */
public record IncomingMessage(String id, ChannelRef channel, User author, String content, MemberRef member,
        Details details) {

    public IncomingMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(details, "details");
    }

    /** A message carrying nothing but its text. */
    public IncomingMessage(String id, ChannelRef channel, User author, String content, MemberRef member) {
        this(id, channel, author, content, member, Details.NONE);
    }

    /** A message whose author is not known as a member: a direct message, or one the bot sent. */
    public IncomingMessage(String id, ChannelRef channel, User author, String content) {
        this(id, channel, author, content, null);
    }

    /**
     * What a message carries beyond its text.
     *
     * @param mentions         users it mentions, in the order written
     * @param roleMentions     roles it mentions
     * @param mentionsEveryone whether it mentions {@code @everyone} or {@code @here}
     * @param referenced       the message it replies to, when the network sent it along; else {@code null}
     * @param embeds           its embeds
     * @param reactions        its reactions, one per emoji
     */
    public record Details(List<User> mentions, List<Role> roleMentions, boolean mentionsEveryone,
            IncomingMessage referenced, List<Embed> embeds, List<Reaction> reactions) {

        /** Nothing beyond the text. */
        public static final Details NONE = new Details(List.of(), List.of(), false, null, List.of(), List.of());

        public Details {
            mentions = List.copyOf(mentions);
            roleMentions = List.copyOf(roleMentions);
            embeds = List.copyOf(embeds);
            reactions = List.copyOf(reactions);
        }
    }
}
