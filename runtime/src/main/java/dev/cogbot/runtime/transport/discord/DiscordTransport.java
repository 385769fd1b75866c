package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.api.ChannelKind;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Reaction;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.scheduling.Uninterruptibly;
import dev.cogbot.runtime.secrets.UrlCredentials;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.CommandScope;
import dev.cogbot.runtime.transport.GatewayStatus;
import dev.cogbot.runtime.transport.IncomingInteraction;
import dev.cogbot.runtime.transport.InteractionResponder;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.TransportListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.ApplicationTeam;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord, through JDA. Always a shard manager — one shard unless asked for more — because the
 * shard manager asks the REST base for the gateway address, which is what lets a proxy or a local
 * test server stand in for Discord.
 *
 * <p>Lookups read JDA's cache first and ask Discord only when it has nothing: the bot logs in with
 * JDA's light cache (no member cache, no member chunking), so {@link #members} lists only members
 * JDA holds (the bot itself, usually), while {@link #member} (by id) and {@link #membersNamed} (by name)
 * ask Discord for anyone else. Discord's
 * refusals come back as one-line {@link NoSuchElementException}s (it does not exist) or
 * {@link IllegalStateException}s (the bot may not), see {@link DiscordFailures}.
 */
public final class DiscordTransport implements Transport {

    /**
     * What the bot asks of the gateway; message content is a privileged intent to enable in the
     * developer portal, left out when the portal does not allow it (see {@link DiscordOptions.MessageContent}).
     */
    public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.GUILD_MESSAGE_REACTIONS, GatewayIntent.DIRECT_MESSAGE_REACTIONS);

    /** What member join and leave events need besides: privileged, so asked for only when the setting says. */
    static final GatewayIntent MEMBER_EVENTS_INTENT = GatewayIntent.GUILD_MEMBERS;

    private static final Logger log = LoggerFactory.getLogger(DiscordTransport.class);
    private static final int REMEMBERED_CHANNELS = 10_000;
    /** How long a member query by name may hold a command: long enough for a busy gateway, short for a user. */
    static final Duration NAME_QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** How long sending in a DM may wait for Discord to open it again: as long as a member query. */
    static final Duration DM_OPEN_TIMEOUT = NAME_QUERY_TIMEOUT;
    private static final int REMEMBERED_USERS = 100_000;

    private final DiscordOptions options;
    /** Which shards to run, when a cluster's leases decide it; empty for the fixed range of the options. */
    private final Optional<ShardAssignment> assignment;
    /** Who paces the logins of the shards: the cluster's, or JDA's own (one process) when null. */
    private final SessionController logins;
    /** The shards the assignment gives this process now (lease mode only). */
    private volatile Set<Integer> running = Set.of();
    /** Whether the assignment's first shards are connecting: later changes come from its own thread. */
    private volatile boolean following;
    /** Whether {@link #close} began: the assignment's later changes start nothing. */
    private volatile boolean closing;
    private volatile EnumSet<GatewayIntent> gatewayIntents;
    /**
     * The channels messages came from, so a reply finds a DM channel JDA's light cache does not keep.
     * Read on every message by the gateway's thread, which must not queue behind a lock: a concurrent
     * map, emptied when full (a bot hears from far fewer channels than that in a session).
     */
    private final Map<String, MessageChannel> channels = new ConcurrentHashMap<>();
    /**
     * The users seen this session (message authors, reactors), by id, for the reactions Discord
     * reports with an id only. A concurrent map emptied when full, as {@link #channels}.
     */
    private final Map<String, User> users = new ConcurrentHashMap<>();
    /** Each channel's events in order while one of them waits for Discord to say who reacted. */
    private final ChannelOrder order = new ChannelOrder();
    private final ShardReadiness readiness = new ShardReadiness();
    /** The members interactions brought along, for the lookups by id of the commands serving them. */
    private final RecentMembers recentMembers = new RecentMembers();
    private final AtomicBoolean askedForOwners = new AtomicBoolean();
    private final CountDownLatch ownersKnown = new CountDownLatch(1);
    private volatile ShardManager shards;
    private volatile TransportListener listener;
    private volatile Set<String> owners = Set.of();
    private volatile DiscordLoginException fatal;
    /** Whether the gateway was asked for message content. */
    private volatile boolean readsMessageContent = true;
    private final AtomicBoolean retriedWithoutMessageContent = new AtomicBoolean();
    /** Whether the application's flags could not be read before logging in, so a refusal of the intents may be about message content. */
    private volatile boolean flagsUnknown;

    /** Runs the shards of the options: a fixed range, or all of Discord's recommended count. */
    public DiscordTransport(DiscordOptions options) {
        this.options = options;
        this.assignment = Optional.empty();
        this.logins = null;
    }

    /**
     * Runs the shards {@code assignment} gives this process, starting and stopping them as it
     * changes (a cluster's shard leases), and logs them in through {@code logins}, which paces the
     * logins of the whole cluster. The options' shard range is not used.
     */
    public DiscordTransport(DiscordOptions options, ShardAssignment assignment, SessionController logins) {
        this.options = options;
        this.assignment = Optional.of(assignment);
        this.logins = java.util.Objects.requireNonNull(logins, "logins");
    }

    @Override
    public String name() {
        return "discord";
    }

    /**
     * Logs in and starts the shards.
     *
     * @throws DiscordLoginException if Discord refuses the token or cannot be reached
     */
    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
        DiscordMentions.restrictDefaults();
        gatewayIntents = intents();
        if (assignment.isPresent()) {
            try {
                assignment.get().follow(this::runShards);
            } catch (RuntimeException e) {
                // a login refused: the shards go back to the cluster
                assignment.get().stop();
                throw e;
            }
            following = true;
        } else {
            shards = connect(gatewayIntents);
        }
    }

    /**
     * Starts the shards that joined the assignment and stops those that left it. The first shards
     * log the bot in; until there are any, nothing connects.
     */
    private synchronized void runShards(Set<Integer> wanted) {
        if (closing) {
            return;
        }
        Set<Integer> before = running;
        running = Set.copyOf(wanted);
        ShardManager manager = shards;
        if (manager == null) {
            if (!wanted.isEmpty()) {
                connectFirstShards();
            }
            return;
        }
        for (int id : new java.util.TreeSet<>(wanted)) {
            if (!before.contains(id)) {
                log.info("Shard {} starts here: this node holds its lease now", id);
                manager.start(id);
            }
        }
        for (int id : new java.util.TreeSet<>(before)) {
            if (!wanted.contains(id)) {
                log.info("Shard {} stops here: its lease went to another node", id);
                manager.shutdown(id);
                readiness.shardStopped(id);
            }
        }
    }

    /**
     * Whether {@code jda}, a shard that has just connected, is one this process runs. JDA's shard
     * manager stops only the shards it has finished building: told to stop a shard still in its
     * queue, it builds and connects it all the same, afterwards. So a shard whose lease went to
     * another node while it was starting here can connect here too; it is closed at once, before it
     * serves a guild that node serves as well.
     */
    private synchronized boolean keepsConnected(JDA jda) {
        if (assignment.isEmpty()) {
            return true;
        }
        int id = jda.getShardInfo().getShardId();
        // the manager that built it: after a reconnect without message content, the field may not hold it yet
        ShardManager manager = jda.getShardManager();
        JDA managed = manager == null ? null : manager.getShardById(id);
        if (!closing && running.contains(id) && (managed == null || managed == jda)) {
            return true;
        }
        log.info("Shard {} connected after it had stopped here (its lease went while it was starting): it disconnects", id);
        if (managed == jda) {
            manager.shutdown(id);
        } else {
            jda.shutdownNow();
        }
        return false;
    }

    private void connectFirstShards() {
        try {
            shards = connect(gatewayIntents);
        } catch (DiscordLoginException e) {
            if (!following) {
                throw e; // start() says it
            }
            fatal = e;
            log.error("{}", e.getMessage());
            listener.onInputClosed();
        }
    }

    private ShardManager connect(EnumSet<GatewayIntent> intents) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(options.token().reveal(), intents)
                // the light cache drops channel overwrites for single members (all but the bot's own),
                // without which a member denied a permission in one channel would seem to hold it there
                .enableCache(CacheFlag.MEMBER_OVERRIDES)
                .addEventListeners(new Events())
                .setEnableShutdownHook(false);
        options.restBase().ifPresent(base -> builder.setRestConfig(new RestConfig().setBaseUrl(base)));
        // JDA's shard manager starts the shards after the first on one worker thread, and counts a
        // worker as running until it clears the worker's handle. The first worker, started as build()
        // returns, can finish before its handle is stored, when it has no shard left to start (a node
        // given one shard at first): the manager then never starts another, and the shards a lease
        // brings later would never connect. The worker thread starts its first task after build().
        CountDownLatch built = new CountDownLatch(1);
        builder.setThreadFactory(task -> Thread.ofPlatform().daemon().name("discord-shard-starter").unstarted(() -> {
            Uninterruptibly.await(built);
            task.run();
        }));
        if (assignment.isPresent()) {
            builder.setShardsTotal(assignment.get().total()).setShards(running).setSessionController(logins);
        } else {
            options.shards().ifPresent(range -> builder.setShardsTotal(range.total()).setShards(range.first(), range.last()));
        }
        try {
            return builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordLoginException(DiscordLoginException.Reason.INVALID_TOKEN,
                    "Discord rejected the bot token from " + options.token().source()
                            + "; copy it again from the developer portal (Bot > Reset Token)");
        } catch (RuntimeException e) {
            // the base URL may carry a proxy's credentials, and JDA's message may quote it
            throw new DiscordLoginException(DiscordLoginException.Reason.UNREACHABLE, UrlCredentials.redact(
                    "cannot log in to Discord" + options.restBase().map(b -> " at " + b).orElse("") + ": " + e.getMessage()));
        } finally {
            built.countDown();
        }
    }

    /** The gateway intents to ask for; says in the log which events are off and why. */
    private EnumSet<GatewayIntent> intents() {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
        if (options.messageContent() == DiscordOptions.MessageContent.AUTO) {
            Optional<Long> flags = ApplicationFlags.fetch(options.restBase(), options.token());
            flagsUnknown = flags.isEmpty();
            if (flags.isPresent() && !ApplicationFlags.allowMessageContent(flags.get())) {
                withoutMessageContent(intents);
            }
        }
        if (options.memberEvents()) {
            intents.add(MEMBER_EVENTS_INTENT);
            log.info("Member join and leave events are on: the Server Members intent must be enabled on the Bot page"
                    + " of the developer portal");
        } else {
            log.info("Member join and leave events are off: they need the privileged Server Members intent;"
                    + " set discord.member-events=true and enable that intent in the developer portal to get them");
        }
        return intents;
    }

    /** Leaves message content out of {@code intents}, and says once what that means. */
    private void withoutMessageContent(EnumSet<GatewayIntent> intents) {
        intents.remove(GatewayIntent.MESSAGE_CONTENT);
        readsMessageContent = false;
        // JDA would add its own multi-line warning at the first message without text: the one below says it all
        Message.suppressContentIntentWarning();
        log.warn("The bot's application lacks the Message Content intent, so the bot runs without it: prefix commands"
                + " now work only in DMs, in messages that mention the bot and in replies to it, while slash commands"
                + " serve everyone. Enable Message Content on the Bot page of the developer portal to read every"
                + " message, or set discord.message-content=required to refuse to start without it");
    }

    /**
     * Whether Discord's refusal of the intents is to be answered by connecting again without message
     * content: with {@code auto}, when the application's flags could not be read before logging in
     * (they said nothing, so the refusal may be about message content). Once only; a second refusal
     * is then about the Server Members intent. With the flags read, a refusal stops the bot as before.
     */
    private boolean retriesWithoutMessageContent(CloseCode code) {
        return code == CloseCode.DISALLOWED_INTENTS && flagsUnknown && readsMessageContent
                && retriedWithoutMessageContent.compareAndSet(false, true);
    }

    /**
     * Each shard's state, e.g. {@code shard 0 CONNECTED}, for {@code cogbot status}; and whether the
     * bot runs without message content.
     */
    @Override
    public String connectionState() {
        ShardManager manager = shards;
        if (manager == null) {
            return assignment.isPresent() && following ? "waiting for a shard lease" : "not started";
        }
        List<String> states = new ArrayList<>();
        manager.getShards().stream()
                .sorted(java.util.Comparator.comparingInt(s -> s.getShardInfo().getShardId()))
                .forEach(s -> states.add("shard " + s.getShardInfo().getShardId() + " " + s.getStatus()));
        int queued = manager.getShardsQueued();
        if (queued > 0) {
            // JDA builds shards one after another; the later ones are not in its cache yet
            states.add(queued + " more queued");
        }
        if (!readsMessageContent) {
            states.add("without message content (prefix commands in DMs, mentions and replies only)");
        }
        return String.join(", ", states);
    }

    /**
     * Sends the draft, as {@link DiscordMessages} cuts it: the first part carries the reply (the
     * quote sits above the start of the answer), and the last part is returned, so editing it keeps
     * the embeds and components.
     */
    @Override
    public IncomingMessage send(ChannelRef channel, Draft message) {
        MessageChannel target = channel(channel);
        List<MessageCreateAction> parts = DiscordMessages.create(message).stream().map(target::sendMessage).toList();
        // a reply to a message deleted meanwhile is still sent, as a plain message
        message.replyToId().ifPresent(id -> parts.getFirst().setMessageReference(id).failOnInvalidReply(false));
        Message sent = null;
        for (MessageCreateAction part : parts) {
            sent = complete(part::complete, "send a message in " + describe(channel));
        }
        return toIncoming(sent, channel, null);
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        MessageEditData edit = DiscordMessages.edit(message);
        Message edited = complete(() -> channel(channel).editMessageById(messageId, edit).complete(),
                "edit message " + messageId + " in " + describe(channel));
        return toIncoming(edited, channel, null);
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
        complete(() -> channel(channel).deleteMessageById(messageId).complete(),
                "delete message " + messageId + " in " + describe(channel));
    }

    /** The message, or empty when Discord has no such message or the bot may not read the channel's history. */
    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        try {
            Message message = channel(channel).retrieveMessageById(messageId).complete();
            return Optional.of(toIncoming(message, channel, fetchedAuthor(message)));
        } catch (RuntimeException e) {
            if (DiscordFailures.isGone(e) || DiscordFailures.isForbidden(e)) {
                return Optional.empty();
            }
            throw DiscordFailures.explain("fetch message " + messageId + " in " + describe(channel), e);
        }
    }

    /**
     * The author of a fetched message as a member: Discord sends a fetched message without it, so it is
     * asked for (from the cache, else one request), except for the bot's own messages, which carry no
     * member anywhere. Null when the author has left the server.
     */
    private MemberRef fetchedAuthor(Message message) {
        MemberRef known = memberOf(message);
        if (known != null || !message.isFromGuild() || message.isWebhookMessage()
                || message.getAuthor().getIdLong() == message.getJDA().getSelfUser().getIdLong()) {
            return known;
        }
        try {
            return toMember(message.getGuild().retrieveMember(message.getAuthor()).complete());
        } catch (RuntimeException e) {
            if (DiscordFailures.isGone(e)) {
                return null;
            }
            throw DiscordFailures.explain("look up the author of message " + message.getId(), e);
        }
    }

    /** The most reactors one call returns: Discord's page size, one request. */
    static final int MAX_REACTORS = 100;

    /**
     * The first {@value #MAX_REACTORS} users who reacted with {@code emoji}, in Discord's order (by user
     * id), in one request; a poll with more voters than that is counted with
     * {@link IncomingMessage.Details#reactions()}.
     */
    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        List<net.dv8tion.jda.api.entities.User> users = complete(
                () -> channel(channel).retrieveReactionUsersById(messageId, DiscordEmoji.of(emoji))
                        .limit(MAX_REACTORS).complete(),
                "list who reacted " + emoji + " to message " + messageId + " in " + describe(channel));
        return users.stream().map(DiscordTransport::toUser).toList();
    }

    @Override
    public Optional<User> user(String userId) {
        if (!isSnowflake(userId)) {
            return Optional.empty();
        }
        net.dv8tion.jda.api.entities.User cached = shardManager().getUserById(userId);
        if (cached != null) {
            return Optional.of(toUser(cached));
        }
        User seen = users.get(userId);
        if (seen != null) {
            // e.g. the user an interaction's option names, which the light cache does not keep
            return Optional.of(seen);
        }
        try {
            return Optional.of(toUser(shardManager().retrieveUserById(userId).complete()));
        } catch (RuntimeException e) {
            if (DiscordFailures.isGone(e)) {
                return Optional.empty();
            }
            throw DiscordFailures.explain("look up user " + userId, e);
        }
    }

    /**
     * The channel from JDA's cache (servers' text channels and threads, open DMs) or from those
     * messages came from; Discord is not asked, since the bot can only use channels it sees anyway.
     */
    @Override
    public Optional<ChannelRef> channel(String channelId) {
        if (!isSnowflake(channelId)) {
            return Optional.empty();
        }
        MessageChannel found = channels.get(channelId);
        if (found == null) {
            found = shardManager().getChannelById(GuildMessageChannel.class, channelId);
        }
        if (found == null) {
            found = shardManager().getPrivateChannelById(channelId);
        }
        return Optional.ofNullable(found).map(DiscordTransport::toChannel);
    }

    /** The server's roles, lowest first, {@code @everyone} included. */
    @Override
    public List<Role> roles(GuildRef guild) {
        Guild found = guild(guild);
        List<net.dv8tion.jda.api.entities.Role> roles = new ArrayList<>(found.getRoles().reversed());
        net.dv8tion.jda.api.entities.Role everyone = found.getPublicRole();
        if (!roles.contains(everyone)) {
            roles.addFirst(everyone);
        }
        return roles.stream().map(DiscordTransport::toRole).toList();
    }

    /** The server's text and announcement channels in the server's order, then its active threads. */
    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        Guild found = guild(guild);
        List<ChannelRef> refs = new ArrayList<>();
        for (GuildChannel channel : found.getChannels()) {
            if ((channel.getType() == ChannelType.TEXT || channel.getType() == ChannelType.NEWS)
                    && channel instanceof GuildMessageChannel text) {
                refs.add(toChannel(text));
            }
        }
        found.getThreadChannels().forEach(thread -> refs.add(toChannel(thread)));
        return refs;
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        if (!isSnowflake(userId)) {
            return Optional.empty();
        }
        return jdaMember(guild(guild), userId).map(DiscordTransport::toMember);
    }

    /**
     * The member from JDA's cache or from an interaction just now, else asked of Discord (blocking
     * its caller); empty if not in the server.
     */
    private Optional<Member> jdaMember(Guild guild, String userId) {
        Member cached = guild.getMemberById(userId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Member> recent = recentMembers.get(guild.getId(), userId);
        if (recent.isPresent()) {
            return recent;
        }
        try {
            return Optional.of(guild.retrieveMemberById(userId).complete());
        } catch (RuntimeException e) {
            if (DiscordFailures.isGone(e)) {
                return Optional.empty();
            }
            throw DiscordFailures.explain("look up member " + userId + " of " + guild.getName(), e);
        }
    }

    @Override
    public List<MemberRef> members(GuildRef guild) {
        return guild(guild).getMembers().stream().map(DiscordTransport::toMember).toList();
    }

    /**
     * From JDA's cache, else as discord.py does: a gateway member query by name prefix (op 8 with a
     * {@code query}), which Discord answers without the privileged server-members intent, narrowed to
     * exact names. Blocks its caller (a command's thread; JDA refuses it on the gateway's) until the
     * answer or {@link #NAME_QUERY_TIMEOUT}.
     */
    @Override
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        if (!Transport.isQueryableName(name)) {
            return List.of();
        }
        Guild found = guild(guild);
        List<MemberRef> cached = named(found.getMembers(), name);
        if (!cached.isEmpty()) {
            return cached;
        }
        try {
            return named(found.retrieveMembersByPrefix(name, NAME_QUERY_LIMIT).setTimeout(NAME_QUERY_TIMEOUT).get(), name);
        } catch (CompletionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new IllegalStateException("cannot look up members named '" + name + "' in " + guild.name()
                        + ": Discord did not answer within " + NAME_QUERY_TIMEOUT.toSeconds() + " seconds; try again", e);
            }
            throw e.getCause() instanceof RuntimeException failure
                    ? DiscordFailures.explain("look up members named '" + name + "' in " + guild.name(), failure) : e;
        }
    }

    /**
     * The members named exactly {@code name}: as {@link MemberRef#isNamed} (the user's shown name, the
     * nickname), and also by the account's username, which the runtime does not show when the user has
     * a display name, as discord.py matches name, global name and nickname. Filtered before converting the few.
     */
    private static List<MemberRef> named(List<Member> members, String name) {
        return members.stream()
                .filter(m -> m.getUser().getName().equals(name) || m.getUser().getEffectiveName().equals(name)
                        || m.getEffectiveName().equals(name))
                .map(DiscordTransport::toMember).toList();
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
        complete(() -> channel(channel).addReactionById(messageId, DiscordEmoji.of(emoji)).complete(),
                "react " + emoji + " to message " + messageId + " in " + describe(channel));
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
        complete(() -> channel(channel).removeReactionById(messageId, DiscordEmoji.of(emoji)).complete(),
                "remove the reaction " + emoji + " from message " + messageId + " in " + describe(channel));
    }

    @Override
    public void sendTyping(ChannelRef channel) {
        channel(channel).sendTyping().complete();
    }

    @Override
    public void setPresence(Activity activity) {
        shardManager().setActivity(switch (activity.type()) {
            case PLAYING -> net.dv8tion.jda.api.entities.Activity.playing(activity.name());
            case LISTENING -> net.dv8tion.jda.api.entities.Activity.listening(activity.name());
            case WATCHING -> net.dv8tion.jda.api.entities.Activity.watching(activity.name());
            case COMPETING -> net.dv8tion.jda.api.entities.Activity.competing(activity.name());
        });
    }

    /**
     * The bot's own member's permissions in the channel, from JDA's cache: the self member, the
     * guild's roles and the channel's overwrites always stay cached, even in a light cache.
     */
    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        if (channel.isPrivate()) {
            return DIRECT_MESSAGE_PERMISSIONS;
        }
        GuildChannel inGuild = guildChannel(channel);
        return DiscordPermissions.of(inGuild.getGuild().getSelfMember().getPermissions(inGuild));
    }

    /**
     * The member's permissions in the channel as JDA computes them from its cache (the member's roles,
     * the guild's roles and the channel's overwrites); a member not cached is asked of Discord once, as
     * {@link #member} does, on the command's thread.
     */
    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        if (channel.isPrivate()) {
            return DIRECT_MESSAGE_PERMISSIONS;
        }
        GuildChannel inGuild = guildChannel(channel);
        if (!isSnowflake(member.user().id())) {
            return Set.of();
        }
        return jdaMember(inGuild.getGuild(), member.user().id())
                .map(found -> DiscordPermissions.of(found.getPermissions(inGuild)))
                .orElse(Set.of());
    }

    private GuildChannel guildChannel(ChannelRef channel) {
        if (!(channel(channel) instanceof GuildChannel inGuild)) {
            throw new IllegalStateException("channel " + channel.id() + " is not a server's channel");
        }
        return inGuild;
    }

    /** Why Discord closed the connection for good, if it did; the bot then stops. */
    public Optional<DiscordLoginException> fatalError() {
        return Optional.ofNullable(fatal);
    }

    @Override
    public Set<String> ownerIds() {
        return owners;
    }

    @Override
    public boolean hasSlashCommands() {
        return true;
    }

    /** Whether this process runs shard 0: of several processes running shards of one bot, that one registers. */
    @Override
    public boolean registersCommands() {
        if (assignment.isPresent()) {
            return running.contains(0);
        }
        return options.shards().map(range -> range.first() == 0).orElse(true);
    }

    /** The bot's slash commands in {@code scope}, as Discord has them now (one request). */
    @Override
    public List<ApplicationCommand> registeredCommands(CommandScope scope) {
        List<Command> commands = complete(() -> switch (scope) {
            case CommandScope.Global global -> commandShard().retrieveCommands().complete();
            case CommandScope.InGuild server -> commandGuild(server).retrieveCommands().complete();
        }, "read the slash commands registered " + describe(scope));
        return commands.stream()
                .filter(command -> command.getType() == Command.Type.SLASH)
                .map(command -> DiscordCommands.fromJda(command, scope))
                .toList();
    }

    /**
     * Replaces the bot's commands in {@code scope} with one bulk overwrite. A 429 is waited out by
     * JDA's rate limiter for as long as Discord's {@code Retry-After} says, then sent again.
     */
    @Override
    public void overwriteCommands(CommandScope scope, List<ApplicationCommand> commands) {
        List<SlashCommandData> data = commands.stream().map(command -> DiscordCommands.toJda(command, scope)).toList();
        complete(() -> switch (scope) {
            case CommandScope.Global global -> commandShard().updateCommands().addCommands(data).complete();
            case CommandScope.InGuild server -> commandGuild(server).updateCommands().addCommands(data).complete();
        }, "register " + commands.size() + " slash commands " + describe(scope));
    }

    /**
     * The shard that writes global commands: shard 0 if this process runs it, else (a cluster's
     * leader) one it runs, as the commands are the application's whichever shard writes them.
     */
    private JDA commandShard() {
        JDA shard = shardManager().getShardById(0);
        if (shard != null) {
            return shard;
        }
        return shardManager().getShards().stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "no shard of this process has started yet to write the slash commands through; the sync is tried again"));
    }

    private Guild commandGuild(CommandScope.InGuild scope) {
        Guild found = shardManager().getGuildById(scope.guildId());
        if (found == null) {
            throw new NoSuchElementException("cannot register slash commands in server " + scope.guildId()
                    + ": the bot is not in it, or its shard runs in another process than the one that registers"
                    + " (shard 0's, or a cluster's leader); name a server of that process's shards in"
                    + " discord.command-guilds, or leave it unset to register globally");
        }
        return found;
    }

    private static String describe(CommandScope scope) {
        return switch (scope) {
            case CommandScope.Global global -> "globally";
            case CommandScope.InGuild server -> "in server " + server.guildId();
        };
    }

    /**
     * Of the shards this process runs (its range, every shard Discord recommends, or those it holds
     * by lease now), how many JDA reports {@code CONNECTED} now; shards still queued to log in count
     * as not connected.
     */
    @Override
    public GatewayStatus gatewayStatus() {
        ShardManager manager = shards;
        if (manager == null) {
            int none = assignment.isPresent() ? running.size()
                    : options.shards().map(range -> range.last() - range.first() + 1).orElse(1);
            return new GatewayStatus(none, 0, OptionalLong.empty());
        }
        List<JDA> started = manager.getShards();
        Set<Integer> held = running;
        // by lease: of the shards this node holds now (one whose lease went is on its way down)
        int connected = (int) started.stream().filter(s -> s.getStatus() == JDA.Status.CONNECTED)
                .filter(s -> assignment.isEmpty() || held.contains(s.getShardInfo().getShardId())).count();
        int total = assignment.isPresent() ? held.size() : Math.max(connected, options.shards()
                .map(range -> range.last() - range.first() + 1)
                .orElseGet(() -> started.size() + manager.getShardsQueued()));
        // JDA's ping is -1 for a shard that has not had a heartbeat answered yet
        OptionalLong ping = started.stream().mapToLong(JDA::getGatewayPing).filter(millis -> millis >= 0)
                .average().stream().mapToLong(Math::round).findFirst();
        return new GatewayStatus(total, connected, ping);
    }

    /** Whether the gateway sends message content: false when the application lacks the intent (see {@link DiscordOptions.MessageContent}). */
    public boolean readsMessageContent() {
        return readsMessageContent;
    }

    @Override
    public void close() {
        closing = true;
        ShardManager manager;
        synchronized (this) {
            // waits for a change of the assignment under way, so no shard starts after this
            manager = shards;
        }
        if (manager != null) {
            manager.shutdown();
        }
        // after the shards: another node takes them once they are stopped here
        assignment.ifPresent(ShardAssignment::stop);
    }

    private ShardManager shardManager() {
        ShardManager manager = shards;
        if (manager == null) {
            throw new IllegalStateException("the Discord transport is not started");
        }
        return manager;
    }

    private void remember(String channelId, MessageChannel channel) {
        if (channels.get(channelId) == channel) {
            return; // JDA hands out the same cached channel each time: usually nothing to write
        }
        if (channel.isDetached()) {
            // an interaction's DM that JDA cannot send in: a send opens the DM again from the ref instead
            return;
        }
        if (channels.size() >= REMEMBERED_CHANNELS) {
            channels.clear();
        }
        channels.put(channelId, channel);
    }

    private MessageChannel channel(ChannelRef ref) {
        MessageChannel known = channels.get(ref.id());
        if (known != null) {
            return known;
        }
        MessageChannel found = shardManager().getChannelById(GuildMessageChannel.class, ref.id());
        if (found == null) {
            found = shardManager().getPrivateChannelById(ref.id());
        }
        if (found == null && ref.isPrivate() && ref.recipientId() != null) {
            found = reopenDm(ref);
        }
        if (found == null) {
            throw new NoSuchElementException("the bot does not see the channel " + describe(ref) + " (" + ref.id()
                    + ") on Discord; " + (ref.isPrivate() ? "a DM opens again when the user writes to the bot"
                            : "it was deleted, or the bot left its server"));
        }
        return found;
    }

    /**
     * Opens the DM with the ref's recipient again: after a restart JDA's light cache keeps no DM
     * channels, and a durable timer's DM is known by its ref alone. Discord answers with the DM the
     * bot and that user already share. Blocks its caller (a command's or a timer's thread: the runtime
     * calls the transport off the gateway's) for at most {@link #DM_OPEN_TIMEOUT}. A user who does not take DMs
     * from the bot is told apart when sending, as for any DM.
     */
    private MessageChannel reopenDm(ChannelRef ref) {
        try {
            // Discord delivers DMs to shard 0; opening one is a plain REST call, which any shard can make
            net.dv8tion.jda.api.JDA shard = shardManager().getShardById(0);
            if (shard == null) {
                shard = shardManager().getShards().getFirst();
            }
            PrivateChannel opened = shard.openPrivateChannelById(ref.recipientId())
                    .submit().orTimeout(DM_OPEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
            remember(opened.getId(), opened);
            return opened;
        } catch (CompletionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new IllegalStateException("cannot open " + describe(ref) + " again: Discord did not answer within "
                        + DM_OPEN_TIMEOUT.toSeconds() + " seconds; try again", e);
            }
            throw e.getCause() instanceof RuntimeException failure
                    ? DiscordFailures.explain("open " + describe(ref) + " again", failure) : e;
        }
    }

    private Guild guild(GuildRef ref) {
        Guild found = shardManager().getGuildById(ref.id());
        if (found == null) {
            throw new NoSuchElementException("the bot is not in the server " + ref.name() + " (" + ref.id() + ")");
        }
        return found;
    }

    /** Runs a request, turning Discord's refusal into a one-line error naming the {@code attempt}. */
    private static <T> T complete(Supplier<T> request, String attempt) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw DiscordFailures.explain(attempt, e);
        }
    }

    private static String describe(ChannelRef channel) {
        return channel.isPrivate() ? channel.name() : "#" + channel.name();
    }

    /**
     * Whether {@code id} can be a Discord id: 15 to 20 digits, as discord.py reads them. Anything else (a
     * name, or a small number typed as another argument) names nothing there, and is not asked about.
     */
    private static boolean isSnowflake(String id) {
        return id.length() >= 15 && id.length() <= 20 && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static ChannelRef toChannel(MessageChannel channel) {
        if (channel instanceof GuildMessageChannel inGuild) {
            return new ChannelRef(channel.getId(), channel.getName(), toGuild(inGuild.getGuild()),
                    channel.getType().isThread() ? ChannelKind.THREAD : ChannelKind.TEXT);
        }
        net.dv8tion.jda.api.entities.User with = channel instanceof PrivateChannel dm ? dm.getUser() : null;
        return with == null ? ChannelRef.dm(channel.getId(), "DM")
                : ChannelRef.dm(channel.getId(), "DM with " + with.getName(), with.getId());
    }

    static GuildRef toGuild(Guild guild) {
        return new GuildRef(guild.getId(), guild.getName(), guild.getOwnerId());
    }

    private static IncomingMessage toIncoming(Message message, ChannelRef channel, MemberRef member) {
        return new IncomingMessage(message.getId(), channel, toUser(message.getAuthor()), message.getContentRaw(),
                member, details(message, channel, true));
    }

    /**
     * What else the message carries. The message it replies to comes along one level deep, as Discord
     * sends it: its own reply target is not followed.
     */
    private static IncomingMessage.Details details(Message message, ChannelRef channel, boolean withReferenced) {
        Mentions mentions = message.getMentions();
        IncomingMessage referenced = null;
        Message replied = withReferenced ? message.getReferencedMessage() : null;
        if (replied != null) {
            referenced = new IncomingMessage(replied.getId(), channel, toUser(replied.getAuthor()),
                    replied.getContentRaw(), memberOf(replied), details(replied, channel, false));
        }
        return new IncomingMessage.Details(
                mentions.getUsers().stream().map(DiscordTransport::toUser).toList(),
                mentions.getRoles().stream().map(DiscordTransport::toRole).toList(),
                mentions.mentionsEveryone(),
                referenced,
                DiscordEmbeds.fromJda(message.getEmbeds()),
                message.getReactions().stream().map(DiscordTransport::toReaction).toList());
    }

    private static Reaction toReaction(MessageReaction reaction) {
        return new Reaction(DiscordEmoji.text(reaction.getEmoji()), reaction.getCount(), reaction.isSelf());
    }

    /** What an event reports of a reaction, once its user is known. */
    private interface ReactionReport {
        TransportEvent of(ChannelRef channel, User user, MemberRef member);
    }

    /**
     * The channel an event happened in: a server's channel or thread, or a DM with {@code dmWith} (when
     * known). Remembered, so that a reply finds a DM channel JDA's light cache does not keep.
     */
    private ChannelRef ref(MessageChannel channel, net.dv8tion.jda.api.entities.User dmWith) {
        if (dmWith != null) {
            rememberUser(toUser(dmWith));
        }
        remember(channel.getId(), channel);
        ChannelRef ref = toChannel(channel);
        return ref.isPrivate() && dmWith != null && !isSelf(channel, dmWith.getId())
                ? ChannelRef.dm(ref.id(), "DM with " + dmWith.getName(), dmWith.getId()) : ref;
    }

    /** {@link #ref(MessageChannel, net.dv8tion.jda.api.entities.User)} for a user seen earlier this session. */
    private ChannelRef refKnown(MessageChannel channel, User dmWith) {
        remember(channel.getId(), channel);
        ChannelRef ref = toChannel(channel);
        return ref.isPrivate() && !isSelf(channel, dmWith.id())
                ? ChannelRef.dm(ref.id(), "DM with " + dmWith.name(), dmWith.id()) : ref;
    }

    /**
     * Whether {@code userId} is the bot: its own edit or reaction in a DM does not say who the DM is
     * with, and a DM kept as being with the bot could not be opened again.
     */
    private static boolean isSelf(MessageChannel channel, String userId) {
        return channel.getJDA().getSelfUser().getId().equals(userId);
    }

    /** Notes a user seen, so that their reaction taken back is reported without asking Discord who they are. */
    private void rememberUser(User user) {
        if (user.equals(users.get(user.id()))) {
            return; // usually nothing to write
        }
        if (users.size() >= REMEMBERED_USERS) {
            users.clear();
        }
        users.put(user.id(), user);
    }

    /** A member as the runtime sees it; null when Discord did not send the member. */
    private static MemberRef memberOrNull(Member member) {
        return member == null ? null : toMember(member);
    }

    private static MemberRef memberOf(Message message) {
        if (!message.isFromGuild() || message.isWebhookMessage()) {
            return null;
        }
        Member member = message.getMember();
        if (member == null) {
            // a fetched message comes without its author's membership; JDA's cache may hold it
            member = message.getGuild().getMemberById(message.getAuthor().getIdLong());
        }
        return member == null ? null : toMember(member);
    }

    static MemberRef toMember(Member member) {
        return new MemberRef(toUser(member.getUser()), member.getEffectiveName(),
                DiscordPermissions.of(member.getPermissions()),
                member.getRoles().reversed().stream().map(DiscordTransport::toRole).toList(),
                member.hasTimeJoined() ? member.getTimeJoined().toInstant() : null);
    }

    static Role toRole(net.dv8tion.jda.api.entities.Role role) {
        return new Role(role.getId(), role.getName());
    }

    static User toUser(net.dv8tion.jda.api.entities.User user) {
        return new User(user.getId(), user.getEffectiveName(), user.isBot());
    }

    /** The channel an interaction came from, remembered so that answers and sends find it (a DM too). */
    private ChannelRef interactionChannel(GenericInteractionCreateEvent event) {
        return ref(event.getMessageChannel(), event.isFromGuild() ? null : event.getUser());
    }

    private User interactionUser(GenericInteractionCreateEvent event) {
        User user = toUser(event.getUser());
        rememberUser(user);
        return user;
    }

    private MemberRef interactionMember(GenericInteractionCreateEvent event) {
        Member member = event.getMember();
        if (member == null) {
            return null;
        }
        recentMembers.remember(member);
        return toMember(member);
    }

    /** {@code ["hush"]}, {@code ["plugins", "load"]}, or with a group {@code ["a", "group", "sub"]}. */
    private static List<String> path(CommandInteractionPayload command) {
        List<String> path = new ArrayList<>(3);
        path.add(command.getName());
        if (command.getSubcommandGroup() != null) {
            path.add(command.getSubcommandGroup());
        }
        if (command.getSubcommandName() != null) {
            path.add(command.getSubcommandName());
        }
        return path;
    }

    /**
     * The options as text, in the order given: what a user would type, and ids for users, members,
     * channels and roles. The users and members they name are remembered for the lookups to come;
     * channels and roles are in JDA's cache anyway.
     */
    private Map<String, String> options(List<OptionMapping> options) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (OptionMapping option : options) {
            if (option.getType() == OptionType.USER || option.getType() == OptionType.MENTIONABLE) {
                if (option.getAsMentionable() instanceof net.dv8tion.jda.api.entities.User user) {
                    rememberUser(toUser(user));
                }
                if (option.getAsMember() != null) {
                    recentMembers.remember(option.getAsMember());
                    rememberUser(toUser(option.getAsMember().getUser()));
                }
            }
            values.put(option.getName(), option.getAsString());
        }
        return values;
    }

    private InteractionResponder responder(GenericInteractionCreateEvent event, ChannelRef channel) {
        return new DiscordResponder(event.getInteraction(), message -> toIncoming(message, channel, null));
    }

    private void learnOwners(JDA jda) {
        try {
            ApplicationInfo info = jda.retrieveApplicationInfo().complete();
            Set<String> ids = new HashSet<>();
            ids.add(info.getOwner().getId());
            ApplicationTeam team = info.getTeam();
            if (team != null) {
                team.getMembers().forEach(member -> ids.add(member.getUser().getId()));
            }
            owners = Set.copyOf(ids);
        } catch (RuntimeException e) {
            log.warn("Could not ask Discord who owns the bot ({}); only the owners setting applies", e.toString());
        }
    }

    /** JDA's events, turned into the runtime's. */
    private final class Events extends ListenerAdapter {

        @Override
        public void onReady(ReadyEvent event) {
            JDA jda = event.getJDA();
            if (!keepsConnected(jda)) {
                return;
            }
            log.info("Shard {} connected as {}", jda.getShardInfo().getShardId(), jda.getSelfUser().getName());
            if (askedForOwners.compareAndSet(false, true)) {
                // at the first shard's READY, so the owners can manage plugins while later shards connect
                Thread.ofVirtual().name("discord-owners").start(() -> {
                    try {
                        learnOwners(jda);
                    } finally {
                        ownersKnown.countDown();
                    }
                });
            }
            if (readiness.shardReady(jda.getShardInfo().getShardId(), shardCount(jda))) {
                Thread.ofVirtual().name("discord-ready").start(() -> {
                    // a ready bot knows its owners: wait for the question asked at the first READY
                    Uninterruptibly.await(ownersKnown);
                    listener.onReady(toUser(jda.getSelfUser()));
                });
            }
        }

        /** How many shards this process runs: its range, or all of Discord's recommended count. */
        private int shardCount(JDA jda) {
            if (assignment.isPresent()) {
                return running.size();
            }
            return options.shards().map(range -> range.last() - range.first() + 1)
                    .orElseGet(() -> jda.getShardInfo().getShardTotal());
        }

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            if (event.getAuthor().getIdLong() == event.getJDA().getSelfUser().getIdLong()) {
                // Discord echoes the bot's own messages. The shard knows its user from its READY, while
                // the runtime learns it only once every shard is ready: drop them here, for every shard.
                return;
            }
            ChannelRef ref = ref(event.getChannel(), event.getAuthor());
            IncomingMessage incoming = toIncoming(event.getMessage(), ref, memberOf(event.getMessage()));
            order.report(ref.id(), () -> listener.onMessage(incoming));
        }

        @Override
        public void onMessageUpdate(MessageUpdateEvent event) {
            Message message = event.getMessage();
            ChannelRef ref = ref(event.getChannel(), event.getAuthor());
            TransportEvent edited = new TransportEvent.MessageEdited(toIncoming(message, ref,
                    event.isFromGuild() ? memberOrNull(event.getMember()) : null));
            order.report(ref.id(), () -> listener.onEvent(edited));
        }

        @Override
        public void onMessageDelete(MessageDeleteEvent event) {
            TransportEvent deleted = new TransportEvent.MessageDeleted(ref(event.getChannel(), null), event.getMessageId());
            order.report(event.getChannel().getId(), () -> listener.onEvent(deleted));
        }

        @Override
        public void onMessageReactionAdd(MessageReactionAddEvent event) {
            // the bot's own reactions too: discord.py dispatches them, and a poll may want to skip them itself
            reaction(event, (channel, user, member) -> new TransportEvent.ReactionAdded(channel, event.getMessageId(),
                    DiscordEmoji.text(event.getEmoji()), user, member));
        }

        @Override
        public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
            reaction(event, (channel, user, member) -> new TransportEvent.ReactionRemoved(channel, event.getMessageId(),
                    DiscordEmoji.text(event.getEmoji()), user, member));
        }

        /**
         * Reports a reaction with its user, in order with the channel's other events. Discord sends
         * only the user's id with a removal (and a DM reaction); the user is then taken from JDA's
         * cache or from the users seen this session (a poll's voter was seen adding the reaction), so
         * it is reported at once. Only a user nobody has seen is asked of Discord, on the channel's
         * {@link ChannelOrder} lane, never on the gateway's thread: the channel's later events wait
         * behind the question rather than overtake it, and a flood of removals asks one at a time
         * per channel.
         */
        private void reaction(GenericMessageReactionEvent event, ReactionReport report) {
            Guild guild = event.isFromGuild() ? event.getGuild() : null;
            String channelId = event.getChannel().getId();
            net.dv8tion.jda.api.entities.User cached = event.getUser();
            User known = cached != null ? toUser(cached) : users.get(event.getUserId());
            if (known != null) {
                ChannelRef channel = cached != null ? ref(event.getChannel(), cached) : refKnown(event.getChannel(), known);
                MemberRef member = guild == null ? null : memberOrNull(event.getMember());
                order.report(channelId, () -> listener.onEvent(report.of(channel, known, member)));
                return;
            }
            order.afterLookUp(channelId, () -> {
                try {
                    net.dv8tion.jda.api.entities.User user = event.retrieveUser().complete();
                    listener.onEvent(report.of(ref(event.getChannel(), user), toUser(user),
                            guild == null ? null : memberOrNull(event.getMember())));
                } catch (RuntimeException e) {
                    log.warn("A reaction by user {} could not be reported: Discord did not say who they are ({})",
                            event.getUserId(), e.toString());
                }
            });
        }

        /*
         * Interactions. Each is reported on the gateway's thread as it comes: it needs no order with
         * the channel's messages, and the runtime takes it off this thread at once. Nothing here asks
         * Discord anything: what the runtime will look up (the user, the members and users options
         * name) came with the interaction and is remembered for it.
         */

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            ChannelRef channel = interactionChannel(event);
            listener.onInteraction(new IncomingInteraction.CommandUse(event.getId(), channel, interactionUser(event),
                    interactionMember(event), path(event), options(event.getOptions()), responder(event, channel)));
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            ChannelRef channel = interactionChannel(event);
            Map<String, String> typed = options(event.getOptions());
            typed.put(event.getFocusedOption().getName(), event.getFocusedOption().getValue());
            listener.onInteraction(new IncomingInteraction.Autocomplete(event.getId(), channel, interactionUser(event),
                    interactionMember(event), path(event), typed, event.getFocusedOption().getName(),
                    responder(event, channel)));
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            component(event, List.of());
        }

        @Override
        public void onStringSelectInteraction(StringSelectInteractionEvent event) {
            component(event, event.getValues());
        }

        private void component(GenericComponentInteractionCreateEvent event, List<String> values) {
            ChannelRef channel = interactionChannel(event);
            Message message = event.getMessage();
            listener.onInteraction(new IncomingInteraction.ComponentUse(event.getId(), channel, interactionUser(event),
                    interactionMember(event), toIncoming(message, channel, memberOf(message)), event.getComponentId(),
                    values, responder(event, channel)));
        }

        @Override
        public void onGuildMemberJoin(GuildMemberJoinEvent event) {
            listener.onEvent(new TransportEvent.MemberJoined(toGuild(event.getGuild()), toMember(event.getMember())));
        }

        @Override
        public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
            listener.onEvent(new TransportEvent.MemberLeft(toGuild(event.getGuild()), toUser(event.getUser())));
        }

        @Override
        public void onGuildJoin(GuildJoinEvent event) {
            listener.onEvent(new TransportEvent.GuildJoined(toGuild(event.getGuild())));
        }

        @Override
        public void onGuildLeave(GuildLeaveEvent event) {
            listener.onEvent(new TransportEvent.GuildLeft(toGuild(event.getGuild())));
        }

        @Override
        public void onSessionResume(SessionResumeEvent event) {
            listener.onEvent(new TransportEvent.Resumed(event.getJDA().getShardInfo().getShardId()));
        }

        @Override
        public void onShutdown(ShutdownEvent event) {
            CloseCode code = event.getCloseCode();
            if (code == null || code.isReconnect() || retriedWithoutMessageContent.get() && event.getJDA().getGatewayIntents()
                    .contains(GatewayIntent.MESSAGE_CONTENT)) {
                // the other shards of the connection given up for one without message content say nothing more
                return;
            }
            if (retriesWithoutMessageContent(code)) {
                ShardManager refused = shards;
                EnumSet<GatewayIntent> intents = EnumSet.copyOf(event.getJDA().getGatewayIntents());
                Thread.ofVirtual().name("discord-reconnect").start(() -> {
                    refused.shutdown();
                    withoutMessageContent(intents);
                    gatewayIntents = intents;
                    try {
                        shards = connect(intents);
                    } catch (DiscordLoginException e) {
                        fatal = e;
                        log.error("{}", e.getMessage());
                        listener.onInputClosed();
                    }
                });
                return;
            }
            // a bot that will never hear from Discord again must not look alive: stop it, and say why
            fatal = switch (code) {
                case DISALLOWED_INTENTS -> new DiscordLoginException(DiscordLoginException.Reason.DISALLOWED_INTENTS,
                        "Discord refused the bot's intents; enable "
                                + (readsMessageContent ? "the Message Content intent" : "")
                                + (readsMessageContent && options.memberEvents() ? " and " : "")
                                + (options.memberEvents() ? "the Server Members intent (discord.member-events is on)" : "")
                                + " on the Bot page of the developer portal");
                case AUTHENTICATION_FAILED -> new DiscordLoginException(DiscordLoginException.Reason.INVALID_TOKEN,
                        "Discord no longer accepts the bot token from " + options.token().source()
                                + "; copy a new one from the developer portal (Bot > Reset Token)");
                default -> new DiscordLoginException(DiscordLoginException.Reason.UNREACHABLE,
                        "Discord closed the connection for good: " + code.getMeaning());
            };
            log.error("{}", fatal.getMessage());
            listener.onInputClosed();
        }
    }
}
