package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.runtime.commands.SlashName;
import dev.cogbot.runtime.transport.IncomingInteraction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code ctx.message()} is in a slash command, which has no message: a stand-in whose text is
 * the command as typed ({@code "/hush duration:5m"}), so code written for prefix commands reads it
 * alike. A reply answers the interaction; a reaction goes on the command's response (or, with none
 * yet, is the answer). The user's command is no message in the channel, so there is nothing to
 * edit (refused, as editing anyone else's message is) and nothing to delete (a no-op, so a command
 * that tidies up its invoking message works as a slash command too).
 */
final class SlashMessage extends StandInMessage {

    private static final Logger log = LoggerFactory.getLogger(SlashMessage.class);

    private final IncomingInteraction.CommandUse use;
    private final InteractionHost host;
    private final InteractionReplies replies;
    private final String content;

    SlashMessage(IncomingInteraction.CommandUse use, InteractionHost host, InteractionReplies replies) {
        this.use = use;
        this.host = host;
        this.replies = replies;
        this.content = typed(use.path(), use.options());
    }

    /** {@code /remind when:10m what:"buy tea"}: the command as its user typed it. */
    static String typed(List<String> path, Map<String, String> options) {
        StringBuilder text = new StringBuilder(SlashName.label(path));
        options.forEach((name, value) -> {
            boolean quoted = value.isEmpty() || value.chars().anyMatch(Character::isWhitespace);
            text.append(' ').append(name).append(':').append(quoted ? "\"" + value + "\"" : value);
        });
        return text.toString();
    }

    @Override
    public String id() {
        return use.id();
    }

    @Override
    public String content() {
        return content;
    }

    @Override
    public User author() {
        return use.user();
    }

    @Override
    public Channel channel() {
        return host.channel(use.channel());
    }

    @Override
    public Optional<Member> member() {
        return host.member(use.channel(), use.member());
    }

    @Override
    public List<Embed> embeds() {
        return List.of();
    }

    @Override
    public Message reply(String text) {
        return replies.send(Draft.of(text));
    }

    @Override
    public Message edit(Draft draft) {
        throw new IllegalStateException("cannot edit " + content + ": it is " + use.user().name()
                + "'s slash command, and the bot can edit only its own messages");
    }

    @Override
    public void delete() {
        log.debug("{} is a slash command, which leaves no message in the channel: nothing to delete", content);
    }

    @Override
    public void addReaction(String emoji) {
        replies.react(emoji);
    }

    @Override
    public void removeReaction(String emoji) {
        replies.unreact(emoji);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlashMessage that && that.use.id().equals(use.id());
    }

    @Override
    public int hashCode() {
        return use.id().hashCode();
    }
}
