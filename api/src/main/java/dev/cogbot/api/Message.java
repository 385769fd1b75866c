package dev.cogbot.api;

import java.util.List;
import java.util.Optional;

/**
 * A chat message, on whatever transport the bot runs.
 *
 * <pre>{@code
 * Message said = ctx.message();
 * if (said.content().contains("thanks")) said.addReaction("👍");
 * }</pre>
 *
 * <p>Only the runtime implements {@code Message}, and later versions add methods to it as the
 * platform grows: a plugin must not implement it, only use the ones the runtime hands it.
 */
public interface Message {

    String id();

    String content();

    User author();

    Channel channel();

    /**
     * The server it was sent in, that of its {@link #channel()}; empty in a direct message.
     *
     * <pre>{@code
     * String scope = message.guild().map(Guild::id).orElse("dm:" + message.channel().id());
     * }</pre>
     */
    default Optional<Guild> guild() {
        return channel().guild();
    }

    /**
     * The author as a member of {@link #guild()}, with their permissions there; empty in a direct
     * message (and for a message the bot sent).
     *
     * <pre>{@code
     * boolean moderator = message.member().map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES)).orElse(false);
     * }</pre>
     */
    Optional<Member> member();

    /**
     * The users this message mentions, in the order written; members of the server when
     * {@link #guild()} is present.
     *
     * <pre>{@code
     * for (User pinged : ctx.message().mentions()) ...
     * }</pre>
     */
    List<User> mentions();

    /** The roles this message mentions. */
    List<Role> roleMentions();

    /** Whether this message mentions {@code @everyone} or {@code @here}. */
    boolean mentionsEveryone();

    /**
     * The message this one replies to, when it is a reply and that message still exists.
     *
     * <pre>{@code
     * ctx.message().referencedMessage().ifPresent(quoted -> quoted.addReaction("📌"));
     * }</pre>
     */
    Optional<Message> referencedMessage();

    /** The embeds the message carries. */
    List<Embed> embeds();

    /** The message's reactions, one per emoji, as the message was last seen. */
    List<Reaction> reactions();

    /**
     * Who reacted with {@code emoji} (written as for {@link #addReaction}), asked of the network now; on
     * Discord the first 100 of them (count a bigger poll with {@link #reactions()}).
     *
     * <pre>{@code
     * List<User> voters = poll.reactors("👍");
     * }</pre>
     */
    List<User> reactors(String emoji);

    /**
     * Replaces the text of a message the bot sent, keeping its embeds, and returns it as edited.
     *
     * <pre>{@code
     * Message counting = ctx.send("Counting…");
     * counting.edit("Counted: 5");
     * }</pre>
     */
    default Message edit(String text) {
        Draft draft = Draft.of(text);
        for (Embed embed : embeds()) {
            draft = draft.with(embed);
        }
        return edit(draft);
    }

    /**
     * Replaces the text and embeds of a message the bot sent with the draft's, and returns it as edited.
     *
     * <pre>{@code
     * poll.edit(Draft.of("Closed.").with(results));
     * }</pre>
     *
     * @throws java.util.NoSuchElementException if the message no longer exists
     * @throws IllegalStateException if it is not the bot's own
     */
    Message edit(Draft draft);

    /**
     * Deletes the message: one the bot sent, or anyone's where the bot may manage messages.
     *
     * @throws java.util.NoSuchElementException if the message no longer exists
     * @throws IllegalStateException if the bot may not delete it
     */
    void delete();

    /**
     * Sends {@code text} as a reply to this message, in its channel, and returns it.
     *
     * <pre>{@code
     * ctx.message().reply("Done!");
     * }</pre>
     */
    default Message reply(String text) {
        return channel().send(Draft.of(text).replyingTo(this));
    }

    /**
     * Adds the bot's reaction, e.g. {@code "🔇"}; a custom emoji as {@code name:id} or as typed,
     * {@code <:name:id>} (see {@link Reaction} for how emoji are written).
     */
    void addReaction(String emoji);

    /**
     * Removes the bot's own reaction, like {@code message.remove_reaction(emoji, bot.user)}; the emoji
     * written as for {@link #addReaction}.
     */
    void removeReaction(String emoji);
}
