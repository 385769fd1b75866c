package dev.cogbot.runtime.transport;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
     * {@linkplain Draft#mentions() allowed mentions} ping.
     */
    IncomingMessage send(ChannelRef channel, Draft message);

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

    /**
     * What {@code member}, a member of the channel's server, may do in {@code channel}, computed as for
     * the bot: the member's roles with the channel's overwrites applied (an administrator or the
     * server's owner holds every permission), nothing once they have left the server; in a DM,
     * {@link #DIRECT_MESSAGE_PERMISSIONS}. Asked before every command that
     * requires some, so it answers from the cache where it can and asks the network only for a member
     * it does not hold.
     */
    Set<Permission> memberPermissions(ChannelRef channel, MemberRef member);

    // The model: messages after they are sent, and what the network knows of users, channels and
    // servers. A thing that does not exist (any more) is a NoSuchElementException, a thing the bot may
    // not do an IllegalStateException, each with a one-line message naming what was tried.

    /**
     * Replaces the text and embeds of a message the bot sent; returns it as edited.
     *
     * @throws java.util.NoSuchElementException if there is no such message
     * @throws IllegalStateException if it is not the bot's
     */
    IncomingMessage edit(ChannelRef channel, String messageId, Draft message);

    /**
     * Deletes a message: the bot's own, or anyone's where the bot may manage messages.
     *
     * @throws java.util.NoSuchElementException if there is no such message
     * @throws IllegalStateException if the bot may not delete it
     */
    void delete(ChannelRef channel, String messageId);

    /** The message with this id in the channel, if it exists and the bot may read it. */
    Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId);

    /** The users who reacted to a message with {@code emoji}, asked of the network now. */
    List<User> reactors(ChannelRef channel, String messageId, String emoji);

    /** The user with this id, if the network knows them. */
    Optional<User> user(String userId);

    /** The channel with this id, in any server the bot is in or among its DMs, if it sees it. */
    Optional<ChannelRef> channel(String channelId);

    /** The server's roles, lowest first. */
    List<Role> roles(GuildRef guild);

    /** The server's text channels and threads the bot sees, in the server's order. */
    List<ChannelRef> channels(GuildRef guild);

    /** The member with this user id: from the cache, else asked of the network. */
    Optional<MemberRef> member(GuildRef guild, String userId);

    /** The server's members the transport holds in its cache. */
    List<MemberRef> members(GuildRef guild);

    /**
     * The most members a name lookup asks the network for, and the longest name it asks about: Discord's
     * bounds on a member query by name.
     */
    int NAME_QUERY_LIMIT = 100;

    /**
     * The server's members {@linkplain MemberRef#isNamed named} exactly {@code name}: those in the cache,
     * or when none is there, those among at most {@link #NAME_QUERY_LIMIT} members whose names start with
     * it, asked of the network now. Empty for a blank name or one longer than {@link #NAME_QUERY_LIMIT}.
     */
    List<MemberRef> membersNamed(GuildRef guild, String name);

    /** Whether {@link #membersNamed} looks {@code name} up at all: not blank, and within {@link #NAME_QUERY_LIMIT}. */
    static boolean isQueryableName(String name) {
        return !name.isBlank() && name.length() <= NAME_QUERY_LIMIT;
    }

    // Slash commands. A transport without them (the console) registers nothing and reports none.

    /**
     * Whether this process registers the bot's slash commands: on Discord, the one that runs shard
     * 0, so that several processes running shards of one bot write them once.
     */
    default boolean registersCommands() {
        return false;
    }

    /**
     * Whether this transport has slash commands at all, whichever process registers them: a node
     * of a cluster that leads registers them though it may not run shard 0 (it runs some shard).
     */
    default boolean hasSlashCommands() {
        return registersCommands();
    }

    /** The slash commands registered in {@code scope}, asked of the network now. */
    default List<ApplicationCommand> registeredCommands(CommandScope scope) {
        return List.of();
    }

    /** Replaces every slash command registered in {@code scope} with {@code commands}, in one write. */
    default void overwriteCommands(CommandScope scope, List<ApplicationCommand> commands) {
        throw new UnsupportedOperationException(name() + " has no slash commands");
    }

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

    /**
     * A line about the bot itself rather than chat, such as a plugin loaded or refused. The console
     * prints it among the chat as a line of its own; a transport with no console of its own (Discord)
     * leaves it to standard output, which only the console's chat uses.
     */
    default void notice(String line) {
        System.out.println(line);
    }

    /** Whether it is connected, in a few words for {@code cogbot status}. */
    default String connectionState() {
        return "connected";
    }

    /**
     * How many of this process's shards are connected now, and the gateway's latency: what the
     * operations port's readiness and metrics report. A network without a gateway (the console) is
     * {@linkplain GatewayStatus#ALWAYS_CONNECTED always connected}.
     */
    default GatewayStatus gatewayStatus() {
        return GatewayStatus.ALWAYS_CONNECTED;
    }

    /** Disconnects; no listener call follows. */
    @Override
    void close();
}
