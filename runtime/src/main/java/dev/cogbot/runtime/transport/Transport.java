package dev.cogbot.runtime.transport;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A chat network the bot talks on: the console, Discord, or an in-memory one in tests.
 *
 * <p>A transport only moves data. Commands, checks, waits and typing refreshes are the runtime's;
 * the transport delivers what arrives to its {@link TransportListener} and carries out the
 * runtime's outbound calls, which come from many virtual threads at once.
 */
public interface Transport extends AutoCloseable {

    /**
     * What anyone may do in a direct message, the bot included: read, write, react, embed and
     * attach, as Discord allows there. Nothing of a server's (managing messages, roles, members).
     */
    Set<Permission> DIRECT_MESSAGE_PERMISSIONS = Set.copyOf(EnumSet.of(Permission.VIEW_CHANNEL,
            Permission.SEND_MESSAGES, Permission.READ_MESSAGE_HISTORY, Permission.ADD_REACTIONS,
            Permission.EMBED_LINKS, Permission.ATTACH_FILES, Permission.USE_EXTERNAL_EMOJIS));

    /** A short name for logs and status, e.g. {@code "console"}. */
    String name();

    /**
     * Starts delivering to {@code listener}. Calls {@link TransportListener#onReady} once connected;
     * may return before that.
     */
    void start(TransportListener listener);

    /**
     * Sends a message and returns it as sent. A network that pings must let only the message's
     * {@linkplain OutgoingMessage#mentions() allowed mentions} ping.
     */
    IncomingMessage send(ChannelRef channel, OutgoingMessage message);

    void addReaction(ChannelRef channel, String messageId, String emoji);

    /** Removes the bot's own reaction. */
    void removeReaction(ChannelRef channel, String messageId, String emoji);

    /**
     * Shows "is typing…" in the channel once; on Discord it fades after about ten seconds, so the
     * runtime calls it again while a {@link dev.cogbot.api.Typing} stays open.
     */
    void sendTyping(ChannelRef channel);

    void setPresence(Activity activity);

    /**
     * What the bot itself may do in {@code channel}: in a server, the permissions the network
     * computes for the bot's member there (roles, then the channel's overwrites); in a DM,
     * {@link #DIRECT_MESSAGE_PERMISSIONS}. Asked before every command that requires some, so it
     * should answer from what the transport already knows rather than over the network.
     */
    Set<Permission> botPermissions(ChannelRef channel);

    /** User ids the network itself names as the bot's owners (Discord's application owner or team). */
    default Set<String> ownerIds() {
        return Set.of();
    }

    /**
     * Whether everyone who types here is the bot's operator, as on the console: their commands are
     * then never limited or dropped (a script piped into the console runs every line, in order).
     * On a chat shared with strangers, one member's flood must not crowd out the others, so the
     * runtime holds each member to its {@code CommandLimits}.
     */
    default boolean operatorOnly() {
        return false;
    }

    /** Whether it is connected, in a few words for {@code cogbot status}. */
    default String connectionState() {
        return "connected";
    }

    /** Disconnects; no listener call follows. */
    @Override
    void close();
}
