package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import java.util.List;
import java.util.Optional;

/**
 * An ephemeral answer, as the command that sent it holds it: only its user sees it, so it is no
 * message of the channel. The first answer can be edited and deleted (through the interaction);
 * a later one cannot, and none takes reactions, as on Discord.
 */
final class PrivateMessage extends StandInMessage {

    private final Draft draft;
    private final Channel channel;
    private final User author;
    private final InteractionReplies replies;
    private final boolean original;

    PrivateMessage(Draft draft, Channel channel, User author, InteractionReplies replies, boolean original) {
        this.draft = draft;
        this.channel = channel;
        this.author = author;
        this.replies = replies;
        this.original = original;
    }

    @Override
    public String id() {
        return "ephemeral";
    }

    @Override
    public String content() {
        return draft.text();
    }

    @Override
    public User author() {
        return author;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Optional<Member> member() {
        return Optional.empty();
    }

    @Override
    public List<Embed> embeds() {
        return draft.embeds();
    }

    @Override
    public Message edit(Draft edited) {
        if (!original) {
            throw new IllegalStateException("a private follow-up cannot be edited; send another");
        }
        replies.editOriginal(edited.ephemeral());
        return new PrivateMessage(edited, channel, author, replies, true);
    }

    @Override
    public void delete() {
        if (!original) {
            throw new IllegalStateException("a private follow-up cannot be deleted; its user dismisses it");
        }
        replies.deleteOriginal();
    }

    @Override
    public void addReaction(String emoji) {
        throw new IllegalStateException("a private answer takes no reactions");
    }

    @Override
    public void removeReaction(String emoji) {
        throw new IllegalStateException("a private answer takes no reactions");
    }
}
