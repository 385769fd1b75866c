package dev.cogbot.api;

import java.util.Optional;
import java.util.Set;

/**
 * A place messages are sent to: a server's text channel, a DM, or the console's {@code #general}.
 *
 * <pre>{@code
 * Channel here = ctx.channel();
 * here.send("Hello, #" + here.name());
 * }</pre>
 *
 * <p>Only the runtime implements {@code Channel}, and later versions add methods to it as the
 * platform grows: a plugin must not implement it, only use the ones the runtime hands it.
 */
public interface Channel {

    /** Stable identifier on the transport (a Discord snowflake). */
    String id();

    /** A human-readable name, e.g. {@code "general"}. */
    String name();

    /**
     * The server the channel belongs to; empty for a channel in no server: a DM.
     *
     * <pre>{@code
     * String where = ctx.channel().guild().map(Guild::name).orElse("a DM");
     * }</pre>
     */
    Optional<Guild> guild();

    /**
     * Whether the channel is in no server: a DM. The same as {@code guild().isEmpty()}.
     *
     * <pre>{@code
     * if (ctx.channel().isPrivate()) { ctx.send("Only in a server, please."); return; }
     * }</pre>
     */
    default boolean isPrivate() {
        return guild().isEmpty();
    }

    /** What kind of place this is: a server's text channel, a thread, or a DM. */
    ChannelKind kind();

    /** The text that links to the channel in a message: {@code <#id>}. */
    default String mention() {
        return "<#" + id() + ">";
    }

    /** Sends a message in which only user mentions ping (see {@link AllowedMentions}), and returns it. */
    default Message send(String text) {
        return send(Draft.of(text));
    }

    /**
     * Sends a message in which the {@code mentions} allowed ping, and returns it.
     *
     * <pre>{@code
     * channel.send("@here the vote is open", AllowedMentions.users().withEveryone());
     * }</pre>
     */
    default Message send(String text, AllowedMentions mentions) {
        return send(Draft.of(text).withMentions(mentions));
    }

    /**
     * Sends a message holding only {@code embed}, and returns it.
     *
     * <pre>{@code
     * ctx.channel().send(Embed.builder().title("Results").description("Pizza wins").build());
     * }</pre>
     */
    default Message send(Embed embed) {
        return send(Draft.of(embed));
    }

    /**
     * Sends a message as drafted (text, embeds, mentions, the message it replies to), and returns it:
     * the returned message can later be edited, reacted to or deleted.
     *
     * <pre>{@code
     * Message sent = channel.send(Draft.of("Counting…").with(embed));
     * sent.edit("Counted.");
     * }</pre>
     *
     * @throws IllegalArgumentException if the draft has neither text nor an embed
     * @throws IllegalStateException if the bot may not send here (the message says which permission is missing)
     */
    Message send(Draft draft);

    /**
     * The message with this id in this channel, if it exists and the bot may read it.
     *
     * <pre>{@code
     * channel.fetchMessage(pollId).ifPresent(poll -> poll.edit("Closed."));
     * }</pre>
     */
    Optional<Message> fetchMessage(String id);

    /** Shows "is typing…" until the returned handle is closed. */
    Typing typing();

    /**
     * What the bot itself may do here, as the network computes it: in a server's channel, its roles'
     * permissions with the channel's overwrites applied; in a DM, what anyone may do there (read,
     * write, react, embed and attach). {@link dev.cogbot.api.checks.RequireBotPermissions} checks it
     * before a command runs.
     *
     * <pre>{@code
     * if (!ctx.channel().botPermissions().contains(Permission.ADD_REACTIONS)) { ctx.send("(I can't react here)"); }
     * }</pre>
     */
    Set<Permission> botPermissions();

    /**
     * What {@code member} may do here, computed as for the bot: in a server's channel, the member's
     * roles with the channel's overwrites applied (every permission for an administrator or the
     * server's owner); in a DM, what anyone may do there. Unlike {@link Member#permissions()}, which is
     * server-wide, it says no where an overwrite denies the member: a moderator may be kept from
     * managing messages in one channel. {@link dev.cogbot.api.checks.RequirePermissions} checks it for
     * the member using a command. May ask the network for a member the bot does not hold.
     *
     * <pre>{@code
     * Member author = ctx.message().member().orElseThrow();
     * boolean mayPin = ctx.channel().permissionsOf(author).contains(Permission.MANAGE_MESSAGES);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code member} is of another server than this channel
     */
    Set<Permission> permissionsOf(Member member);
}
