package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Permission;
import dev.cogbot.api.User;
import dev.cogbot.runtime.scheduling.Uninterruptibly;
import dev.cogbot.runtime.secrets.UrlCredentials;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.api.Draft;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.ApplicationTeam;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
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
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord, through JDA. Always a shard manager — one shard unless asked for more — because the
 * shard manager asks the REST base for the gateway address, which is what lets a proxy or a local
 * test server stand in for Discord.
 */
public final class DiscordTransport implements Transport {

    /** What the bot needs from the gateway; message content is a privileged intent to enable in the developer portal. */
    public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(
            GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.GUILD_MESSAGE_REACTIONS, GatewayIntent.DIRECT_MESSAGE_REACTIONS);

    /** What member join and leave events need besides: privileged, so asked for only when the setting says. */
    static final GatewayIntent MEMBER_EVENTS_INTENT = GatewayIntent.GUILD_MEMBERS;

    /** Discord's limit on one message's length. */
    static final int MESSAGE_LIMIT = 2000;

    private static final Logger log = LoggerFactory.getLogger(DiscordTransport.class);
    private static final int REMEMBERED_CHANNELS = 10_000;

    private final DiscordOptions options;
    /**
     * The channels messages came from, so a reply finds a DM channel JDA's light cache does not keep.
     * Read on every message by the gateway's thread, which must not queue behind a lock: a concurrent
     * map, emptied when full (a bot hears from far fewer channels than that in a session).
     */
    private final Map<String, MessageChannel> channels = new ConcurrentHashMap<>();
    private final ShardReadiness readiness = new ShardReadiness();
    private final AtomicBoolean askedForOwners = new AtomicBoolean();
    private final CountDownLatch ownersKnown = new CountDownLatch(1);
    private volatile ShardManager shards;
    private volatile TransportListener listener;
    private volatile Set<String> owners = Set.of();
    private volatile DiscordLoginException fatal;

    public DiscordTransport(DiscordOptions options) {
        this.options = options;
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
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(options.token().reveal(), intents())
                .addEventListeners(new Events())
                .setEnableShutdownHook(false);
        options.restBase().ifPresent(base -> builder.setRestConfig(new RestConfig().setBaseUrl(base)));
        options.shards().ifPresent(range -> builder.setShardsTotal(range.total()).setShards(range.first(), range.last()));
        try {
            shards = builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordLoginException(DiscordLoginException.Reason.INVALID_TOKEN,
                    "Discord rejected the bot token from " + options.token().source()
                            + "; copy it again from the developer portal (Bot > Reset Token)");
        } catch (RuntimeException e) {
            // the base URL may carry a proxy's credentials, and JDA's message may quote it
            throw new DiscordLoginException(DiscordLoginException.Reason.UNREACHABLE, UrlCredentials.redact(
                    "cannot log in to Discord" + options.restBase().map(b -> " at " + b).orElse("") + ": " + e.getMessage()));
        }
    }

    /** The gateway intents to ask for; says in the log which events are off and why. */
    private EnumSet<GatewayIntent> intents() {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
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

    /** Each shard's state, e.g. {@code shard 0 CONNECTED}, for {@code cogbot status}. */
    @Override
    public String connectionState() {
        ShardManager manager = shards;
        if (manager == null) {
            return "not started";
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
        return String.join(", ", states);
    }

    @Override
    public IncomingMessage send(ChannelRef channel, Draft message) {
        MessageChannel target = channel(channel);
        Message sent = null;
        for (String part : MessageSplitter.split(message.text(), MESSAGE_LIMIT)) {
            MessageCreateAction action = target.sendMessage(part);
            DiscordMentions.apply(message.mentions(), action);
            sent = action.complete();
        }
        return toIncoming(sent, channel, null);
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
        channel(channel).addReactionById(messageId, Emoji.fromUnicode(emoji)).complete();
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
        channel(channel).removeReactionById(messageId, Emoji.fromUnicode(emoji)).complete();
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
        if (!(channel(channel) instanceof GuildChannel inGuild)) {
            throw new IllegalStateException("channel " + channel.id() + " is not a server's channel");
        }
        return DiscordPermissions.of(inGuild.getGuild().getSelfMember().getPermissions(inGuild));
    }

    /** Why Discord closed the connection for good, if it did; the bot then stops. */
    public java.util.Optional<DiscordLoginException> fatalError() {
        return java.util.Optional.ofNullable(fatal);
    }

    @Override
    public Set<String> ownerIds() {
        return owners;
    }

    @Override
    public void close() {
        ShardManager manager = shards;
        if (manager != null) {
            manager.shutdown();
        }
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
        if (found == null) {
            throw new IllegalStateException("channel " + ref.id() + " is not known to the bot");
        }
        return found;
    }

    private static IncomingMessage toIncoming(Message message, ChannelRef channel, MemberRef member) {
        net.dv8tion.jda.api.entities.User author = message.getAuthor();
        return new IncomingMessage(message.getId(), channel, toUser(author), message.getContentRaw(), member);
    }

    /** The author as a member of the message's server, or null in a DM (or for a webhook's message). */
    private static MemberRef toMember(MessageReceivedEvent event) {
        return toMember(event.isFromGuild() ? event.getMember() : null);
    }

    /** What an event reports of a reaction, once its user is known. */
    private interface ReactionReport {
        TransportEvent of(ChannelRef channel, User user, MemberRef member);
    }

    /**
     * The channel an event happened in: a server's channel, or a DM with {@code dmWith} (when known).
     * Remembered, so that a reply finds a DM channel JDA's light cache does not keep.
     */
    private ChannelRef ref(MessageChannel channel, Guild guild, net.dv8tion.jda.api.entities.User dmWith) {
        remember(channel.getId(), channel);
        return guild != null ? new ChannelRef(channel.getId(), channel.getName(), toGuild(guild))
                : ChannelRef.dm(channel.getId(), "DM with " + (dmWith == null ? channel.getName() : dmWith.getName()));
    }

    private static GuildRef toGuild(Guild guild) {
        return new GuildRef(guild.getId(), guild.getName(), guild.getOwnerId());
    }

    /** A member as the runtime sees it; null when Discord did not send the member. */
    private static MemberRef toMember(Member member) {
        return member == null ? null
                : new MemberRef(toUser(member.getUser()), member.getEffectiveName(),
                        DiscordPermissions.of(member.getPermissions()),
                        member.getRoles().reversed().stream().map(r -> new dev.cogbot.api.Role(r.getId(), r.getName())).toList(),
                        member.hasTimeJoined() ? member.getTimeJoined().toInstant() : null);
    }

    private static User toUser(net.dv8tion.jda.api.entities.User user) {
        return new User(user.getId(), user.getEffectiveName(), user.isBot());
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
            MessageChannel channel = event.getChannel();
            String channelId = channel.getId();
            remember(channelId, channel);
            ChannelRef ref = event.isFromGuild()
                    ? new ChannelRef(channelId, channel.getName(),
                            new GuildRef(event.getGuild().getId(), event.getGuild().getName(),
                                    event.getGuild().getOwnerId()))
                    : ChannelRef.dm(channelId, "DM with " + event.getAuthor().getName());
            listener.onMessage(toIncoming(event.getMessage(), ref, toMember(event)));
        }

        @Override
        public void onMessageUpdate(MessageUpdateEvent event) {
            Message message = event.getMessage();
            ChannelRef ref = ref(event.getChannel(), event.isFromGuild() ? event.getGuild() : null, event.getAuthor());
            listener.onEvent(new TransportEvent.MessageEdited(toIncoming(message, ref,
                    event.isFromGuild() ? toMember(event.getMember()) : null)));
        }

        @Override
        public void onMessageDelete(MessageDeleteEvent event) {
            listener.onEvent(new TransportEvent.MessageDeleted(
                    ref(event.getChannel(), event.isFromGuild() ? event.getGuild() : null, null), event.getMessageId()));
        }

        @Override
        public void onMessageReactionAdd(MessageReactionAddEvent event) {
            // the bot's own reactions too: discord.py dispatches them, and a poll may want to skip them itself
            reaction(event, (channel, user, member) -> new TransportEvent.ReactionAdded(channel, event.getMessageId(),
                    event.getEmoji().getAsReactionCode(), user, member));
        }

        @Override
        public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
            reaction(event, (channel, user, member) -> new TransportEvent.ReactionRemoved(channel, event.getMessageId(),
                    event.getEmoji().getAsReactionCode(), user, member));
        }

        /**
         * Reports a reaction with its user. Discord sends only the user's id with a removal (and a DM
         * reaction): the user is then asked of Discord on a thread of its own, never on the gateway's.
         */
        private void reaction(GenericMessageReactionEvent event, ReactionReport report) {
            Guild guild = event.isFromGuild() ? event.getGuild() : null;
            net.dv8tion.jda.api.entities.User known = event.getUser();
            if (known != null) {
                listener.onEvent(report.of(ref(event.getChannel(), guild, known), toUser(known),
                        guild == null ? null : toMember(event.getMember())));
                return;
            }
            Thread.ofVirtual().name("discord-reactor").start(() -> {
                try {
                    net.dv8tion.jda.api.entities.User user = event.retrieveUser().complete();
                    listener.onEvent(report.of(ref(event.getChannel(), guild, user), toUser(user),
                            guild == null ? null : toMember(event.getMember())));
                } catch (RuntimeException e) {
                    log.warn("A reaction by user {} could not be reported: Discord did not say who they are ({})",
                            event.getUserId(), e.toString());
                }
            });
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
            if (code == null || code.isReconnect()) {
                return;
            }
            // a bot that will never hear from Discord again must not look alive: stop it, and say why
            fatal = switch (code) {
                case DISALLOWED_INTENTS -> new DiscordLoginException(DiscordLoginException.Reason.DISALLOWED_INTENTS,
                        "Discord refused the bot's intents; enable the Message Content intent"
                                + (options.memberEvents() ? " and the Server Members intent (discord.member-events is on)" : "")
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
