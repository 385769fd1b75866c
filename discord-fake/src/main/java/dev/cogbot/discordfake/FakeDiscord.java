package dev.cogbot.discordfake;

import dev.cogbot.discordfake.WorldState.ChannelRef;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogbot.discordfake.model.Permissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A local stand-in for Discord: enough of the REST API (v10) and the gateway (JSON over WebSocket,
 * optionally zlib-stream compressed) for an unmodified JDA to log in, receive messages, and send
 * messages (with embeds and reply references), reactions, typing and presence; to fetch, edit and
 * delete messages, list who reacted, and look users and members up. Both listen on 127.0.0.1 only,
 * on ephemeral ports.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start(FakeDiscordConfig.defaults())) {
 *     JDA jda = JDABuilder.createLight(discord.token(), ...)
 *             .setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
 *             .setSessionController(<one whose getGateway() returns discord.gatewayUrl()>)
 *             .build();
 *     long id = discord.userSays(ALICE_ID, GENERAL_ID, "!ping");
 *     discord.await(Recorded.MessageSent.class, m -> m.content().equals("pong"), Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Everything the fake sees or does is {@linkplain #recorded() recorded}, in order; requests for
 * endpoints it lacks are answered {@code 404 {"message":"Unknown","code":0}} and show in
 * {@link #unknownRequests()}. Wait for something with {@link #await}, which blocks on a condition
 * signalled on each new event (no sleeping, no polling).
 *
 * <p>Sharding follows Discord's rules: a session identifying as shard {@code [id, total]} gets only the
 * guilds whose id maps to it, and only their events; direct messages go to shard 0 (see {@link Shard}
 * and {@link FakeDiscordConfig#twoGuilds()}).
 *
 * <p>Application commands and interactions: the bot registers commands over REST (validated as Discord
 * does; see {@link #registeredCommands} and {@link #commandWrites}); a test makes a user run one, click a
 * button or pick from a select ({@link #userRunsCommand}, {@link #userClicksButton}, {@link #userSelects},
 * {@link #userAutocompletes}) and reads the bot's answer from the returned {@link FakeInteraction}. The
 * 3-second callback deadline and the 15-minute token are measured on a clock {@link #advanceTime} moves.
 *
 * <pre>{@code
 * FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "echo", Map.of("text", "hi"));
 * assertThat(run.awaitMessage(Recorded.InteractionMessage.Kind.ORIGINAL, Duration.ofSeconds(5)).content())
 *         .isEqualTo("hi");
 * }</pre>
 *
 * <p>Thread-safe. Not a Discord simulator: it enforces few permissions (Manage Messages to delete someone else's message) and keeps everything in memory.
 */
public final class FakeDiscord implements AutoCloseable {

    private final FakeDiscordConfig config;
    private final Recorder recorder;
    private final WorldState world;
    private final Gateway gateway;
    private final GatewayServer gatewayServer;
    private final RestServer restServer;
    private final Chat chat;
    private final FailureInjector failures;
    private final String gatewayUrl;
    private final String restBaseUrl;
    private final ShiftedClock time;
    private final ApplicationCommands commands;
    private final Interactions interactions;

    private FakeDiscord(FakeDiscordConfig config, Recorder recorder, WorldState world, Gateway gateway,
            GatewayServer gatewayServer, RestServer restServer, Chat chat, FailureInjector failures,
            String gatewayUrl, String restBaseUrl, ShiftedClock time, ApplicationCommands commands,
            Interactions interactions) {
        this.time = time;
        this.commands = commands;
        this.interactions = interactions;
        this.config = config;
        this.recorder = recorder;
        this.world = world;
        this.gateway = gateway;
        this.gatewayServer = gatewayServer;
        this.restServer = restServer;
        this.chat = chat;
        this.failures = failures;
        this.gatewayUrl = gatewayUrl;
        this.restBaseUrl = restBaseUrl;
    }

    /** Starts a fake serving {@link FakeDiscordConfig#defaults()}. */
    public static FakeDiscord start() {
        return start(FakeDiscordConfig.defaults());
    }

    /** Starts a fake serving {@code config}; both servers are listening when this returns. */
    public static FakeDiscord start(FakeDiscordConfig config) {
        InetAddress loopback = loopback();
        Clock clock = Clock.systemUTC();
        Recorder recorder = new Recorder();
        WorldState world = new WorldState(config, new Snowflakes(clock));
        Payloads payloads = new Payloads(world);
        Dispatches dispatches = new Dispatches(world, payloads);
        ShiftedClock time = new ShiftedClock(clock);
        Gateway gateway = new Gateway(world, dispatches, recorder, clock, time);
        GatewayServer gatewayServer = new GatewayServer(loopback, gateway);
        gatewayServer.startAndWait();
        String gatewayUrl = "ws://127.0.0.1:" + gatewayServer.getPort() + "/";
        gateway.url(gatewayUrl);

        Chat chat = new Chat(world, dispatches, gateway, recorder, clock);
        FailureInjector failures = new FailureInjector();
        String[] restBase = new String[1];
        RestEndpoints endpoints = new RestEndpoints(world, payloads, chat, () -> gatewayUrl, () -> restBase[0]);
        ApplicationCommands commands = new ApplicationCommands(config.application().id(), world::newId, time);
        Interactions interactions = new Interactions(world, payloads, chat, gateway, recorder, time,
                new UploadedFiles(world, () -> restBase[0]));
        RestRouter routes = new CommandEndpoints(world, commands).addTo(interactions.addTo(endpoints.routes()));
        RestServer restServer;
        try {
            restServer = RestServer.start(loopback, new RestApi(routes, failures, config.token(), clock),
                    recorder, clock);
        } catch (RuntimeException e) {
            stopQuietly(gatewayServer);
            throw e;
        }
        restBase[0] = "http://127.0.0.1:" + restServer.port() + RestServer.API_PREFIX;
        return new FakeDiscord(config, recorder, world, gateway, gatewayServer, restServer, chat, failures,
                gatewayUrl, restBase[0], time, commands, interactions);
    }

    /** Stops both servers. Shut the client down first, or it will try to reconnect. */
    @Override
    public void close() {
        try {
            restServer.close();
        } finally {
            stopQuietly(gatewayServer);
        }
    }

    // --- where and who ---------------------------------------------------------------------------

    /** {@code http://127.0.0.1:<port>/api/v10/}, for JDA's {@code RestConfig.setBaseUrl}. */
    public String restBaseUrl() {
        return restBaseUrl;
    }

    /** {@code ws://127.0.0.1:<port>/}, what {@code GET gateway} and {@code GET gateway/bot} report. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    public FakeDiscordConfig config() {
        return config;
    }

    /** The token the fake accepts. */
    public String token() {
        return config.token();
    }

    // --- test controls: users act --------------------------------------------------------------

    /**
     * {@code userId} writes {@code content} in the guild channel {@code channelId}: the bot gets a
     * MESSAGE_CREATE with author, member, guild and channel ids, timestamp and so on, on the sessions
     * of the shard that owns the channel's guild.
     *
     * @return the new message's id
     */
    public long userSays(long userId, long channelId, String content) {
        FakeUser user = user(userId);
        ChannelRef channel = world.channel(channelId).filter(c -> !c.isDm())
                .orElseThrow(() -> new NoSuchElementException("no guild channel " + channelId));
        if (channel.guild().member(userId).isEmpty()) {
            throw new IllegalArgumentException(user.username() + " is not a member of " + channel.guild().name());
        }
        return chat.post(channel, user.id(), content, 0, "[]", "[]", "[]", null, "").message().id();
    }

    /**
     * {@code userId} replies to message {@code replyTo} of the guild channel {@code channelId}: like
     * {@link #userSays}, with a {@code message_reference} and the {@code referenced_message}.
     *
     * @return the new message's id
     */
    public long userReplies(long userId, long channelId, long replyTo, String content) {
        return userReplies(userId, channelId, replyTo, content, true);
    }

    /**
     * Like {@link #userReplies(long, long, long, String)}; {@code ping} says whether the reply mentions the
     * author of {@code replyTo} (Discord's client does by default). A reply that pings the bot mentions it,
     * so the bot gets its content even without the Message Content intent.
     */
    public long userReplies(long userId, long channelId, long replyTo, String content, boolean ping) {
        FakeUser user = user(userId);
        ChannelRef channel = world.channel(channelId).filter(c -> !c.isDm())
                .orElseThrow(() -> new NoSuchElementException("no guild channel " + channelId));
        if (channel.guild().member(userId).isEmpty()) {
            throw new IllegalArgumentException(user.username() + " is not a member of " + channel.guild().name());
        }
        world.message(channelId, replyTo)
                .orElseThrow(() -> new NoSuchElementException("no message " + replyTo + " in " + channelId));
        return chat.post(channel, user.id(), content, replyTo, "[]", "[]", "[]", null, "", MessageOrigin.reply(ping))
                .message().id();
    }

    /**
     * {@code userId} writes {@code content} to the bot in a DM (the DM channel is made on first use). As
     * on Discord, only shard 0 gets direct messages.
     *
     * @return the new message's id
     */
    public long userSaysInDm(long userId, String content) {
        FakeUser user = user(userId);
        return chat.post(world.dmWith(user), user.id(), content, 0, "[]", "[]", "[]", null, "").message().id();
    }

    /** {@code userId} reacts with {@code emoji} ({@code "👍"} or {@code name:id}) to a message. */
    public void userReacts(long userId, long channelId, long messageId, String emoji) {
        userReaction(userId, channelId, messageId, emoji, true);
    }

    /** {@code userId} takes back a reaction. */
    public void userUnreacts(long userId, long channelId, long messageId, String emoji) {
        userReaction(userId, channelId, messageId, emoji, false);
    }

    /**
     * {@code userId} edits a message of theirs to read {@code content}: the bot gets a MESSAGE_UPDATE.
     *
     * @throws IllegalArgumentException if the message is not theirs
     */
    public void userEdits(long userId, long channelId, long messageId, String content) {
        ChannelRef channel = world.channel(channelId).orElseThrow(() -> new NoSuchElementException("no channel " + channelId));
        FakeMessage message = world.message(channelId, messageId)
                .orElseThrow(() -> new NoSuchElementException("no message " + messageId + " in " + channelId)).message();
        if (message.authorId() != userId) {
            throw new IllegalArgumentException(user(userId).username() + " can edit only their own messages");
        }
        chat.edit(channel, messageId, content, null);
    }

    /** {@code userId} deletes a message (no rights are checked): the bot gets a MESSAGE_DELETE. */
    public void userDeletes(long userId, long channelId, long messageId) {
        user(userId);
        ChannelRef channel = world.channel(channelId).orElseThrow(() -> new NoSuchElementException("no channel " + channelId));
        if (chat.delete(channel, messageId).isEmpty()) {
            throw new NoSuchElementException("no message " + messageId + " in " + channelId);
        }
    }

    /**
     * {@code userId} joins the guild {@code guildId}: the bot gets a GUILD_MEMBER_ADD if its intents
     * include GUILD_MEMBERS, as on Discord, and from now on they are in the guild's member list (only
     * the {@code @everyone} role).
     */
    public void userJoins(long userId, long guildId) {
        user(userId);
        requireGuild(guildId);
        FakeMember member = FakeMember.of(userId);
        world.join(guildId, member);
        chat.memberJoins(guildId, member);
    }

    /**
     * {@code userId} leaves the guild {@code guildId} (or is kicked): the bot gets a GUILD_MEMBER_REMOVE
     * if its intents include GUILD_MEMBERS, and from now on they are no longer in the guild's member list
     * ({@code GET guilds/{g}/members/{u}} answers 404 Unknown Member, as on Discord).
     *
     * @throws IllegalArgumentException if they are the bot (use {@link #botLeaves}) or not a member
     */
    public void userLeaves(long userId, long guildId) {
        user(userId);
        requireGuild(guildId);
        if (userId == config.bot().id()) {
            throw new IllegalArgumentException("the bot leaves a guild with botLeaves, not userLeaves");
        }
        if (!world.leave(guildId, userId)) {
            throw new IllegalArgumentException(user(userId).username() + " is not a member of guild " + guildId);
        }
        chat.memberLeaves(guildId, userId);
    }

    /**
     * The bot is added to {@code guild}, one not in the configuration (its members' users must be):
     * the bot's session for the guild's shard gets a GUILD_CREATE after its READY, which is how a
     * client tells a new guild from those it was in.
     */
    public void botJoins(FakeGuild guild) {
        if (config.guild(guild.id()).isPresent()) {
            throw new IllegalArgumentException("the bot is already in " + guild.name() + " from the start");
        }
        guild.members().forEach(m -> user(m.userId()));
        chat.botJoins(guild);
    }

    /** The bot is removed from the guild {@code guildId} (kicked, or the guild deleted): a GUILD_DELETE. */
    public void botLeaves(long guildId) {
        chat.botLeaves(guildId);
    }

    private void requireGuild(long guildId) {
        if (config.guild(guildId).isEmpty()) {
            throw new NoSuchElementException("no guild " + guildId);
        }
    }

    /** The DM channel between the bot and {@code userId}, if one was opened. */
    public Optional<Long> dmChannelOf(long userId) {
        return world.dmChannelOf(userId);
    }

    // --- test controls: users interact with the bot's commands and components ---------------------

    /**
     * {@code userId} runs the slash command {@code command} in the guild channel {@code channelId}: the bot
     * gets an INTERACTION_CREATE (type 2) on the shard of the guild. {@code command} is the command's name,
     * then its group and/or subcommand, space-separated ({@code "remind add"}). Option values are typed as
     * the registered command says: {@code String}, {@code Integer}/{@code Long}, {@code Double},
     * {@code Boolean}, and for user, role, channel and mentionable options the id ({@code Long});
     * {@code data.resolved} carries the users, members, roles and channels named.
     *
     * <pre>{@code
     * FakeInteraction run = discord.userRunsCommand(ALICE_ID, GENERAL_ID, "remind add",
     *         Map.of("minutes", 5L, "who", BOB_ID));
     * }</pre>
     *
     * @throws IllegalArgumentException if no such command is registered in the guild or globally (or the
     *                                  user may not use it), or the options do not fit it
     */
    public FakeInteraction userRunsCommand(long userId, long channelId, String command, Map<String, ?> options) {
        return command(userId, guildChannel(userId, channelId), command, options, null);
    }

    /** Like {@link #userRunsCommand}, in {@code userId}'s DM with the bot: only global commands usable in DMs. */
    public FakeInteraction userRunsCommandInDm(long userId, String command, Map<String, ?> options) {
        return command(userId, world.dmWith(user(userId)), command, options, null);
    }

    /**
     * {@code userId} is typing the option {@code focused} of {@code command} (an option registered with
     * {@code autocomplete}): the bot gets an INTERACTION_CREATE of type 4 whose focused option has the
     * partial text {@code options.get(focused)} as a string, and answers with choices
     * ({@link FakeInteraction#autocompleteChoices()}).
     */
    public FakeInteraction userAutocompletes(long userId, long channelId, String command, Map<String, ?> options,
            String focused) {
        if (!options.containsKey(focused)) {
            throw new IllegalArgumentException("give the partial text of " + focused + " among the options");
        }
        return command(userId, guildChannel(userId, channelId), command, options, focused);
    }

    /**
     * {@code userId} clicks the button {@code customId} of the bot's message {@code messageId} (in the
     * channel, or an ephemeral one they were shown): an INTERACTION_CREATE of type 3 with the message.
     */
    public FakeInteraction userClicksButton(long userId, long channelId, long messageId, String customId) {
        return component(userId, channelId, messageId, customId, null);
    }

    /** {@code userId} picks {@code values} in the string select menu {@code customId} of the bot's message. */
    public FakeInteraction userSelects(long userId, long channelId, long messageId, String customId,
            List<String> values) {
        return component(userId, channelId, messageId, customId, List.copyOf(values));
    }

    /** The commands registered now in a scope: a guild's ({@code OptionalLong.of(guildId)}) or global (empty). */
    public List<RegisteredCommand> registeredCommands(OptionalLong guildId) {
        return commands.list(guildId.orElse(0)).stream().map(ApplicationCommands::registered).toList();
    }

    /** How many command writes (PUT, POST, PATCH, DELETE) a scope has received so far, accepted or not. */
    public CommandWrites commandWrites(OptionalLong guildId) {
        return commands.writes(guildId.orElse(0));
    }

    /**
     * Moves the fake's clock ahead: interaction deadlines (3 s for the callback, 15 min for the token),
     * the daily command-create limit and the login rate limit ({@link FakeDiscordConfig#identifyRateLimit()})
     * are measured on it, so a test passes them without waiting.
     */
    public void advanceTime(Duration by) {
        time.advance(by);
    }

    private ChannelRef guildChannel(long userId, long channelId) {
        ChannelRef channel = world.channel(channelId).filter(c -> !c.isDm())
                .orElseThrow(() -> new NoSuchElementException("no guild channel " + channelId));
        if (channel.guild().member(userId).isEmpty()) {
            throw new IllegalArgumentException(user(userId).username() + " is not a member of " + channel.guild().name());
        }
        return channel;
    }

    private FakeInteraction command(long userId, ChannelRef channel, String command, Map<String, ?> options,
            String focused) {
        user(userId);
        List<String> words = List.of(command.trim().split("\\s+"));
        JsonNode registered = usableCommand(userId, channel, words.getFirst());
        ObjectNode data = interactions.payloads().commandData(registered, words, options, channel, focused);
        int type = focused == null ? Interaction.APPLICATION_COMMAND : Interaction.AUTOCOMPLETE;
        Interaction interaction = interactions.dispatch(type, channel, userId, words.getFirst(), 0, data, null);
        return new FakeInteraction(interaction, interactions, recorder);
    }

    /** The slash command {@code name} as this user sees it here: the guild's first, then a global one. */
    private JsonNode usableCommand(long userId, ChannelRef channel, String name) {
        String where = channel.isDm() ? "a DM" : channel.guild().name();
        Optional<ObjectNode> found = channel.isDm() ? Optional.empty()
                : commands.find(channel.guildId(), CommandValidator.CHAT_INPUT, name);
        if (found.isEmpty()) {
            found = commands.find(0, CommandValidator.CHAT_INPUT, name)
                    .filter(c -> usableIn(c, channel.isDm() ? 1 : 0));
        }
        ObjectNode registered = found.orElseThrow(() -> new IllegalArgumentException(
                "no slash command /" + name + " is registered for " + where + " (guild commands work in their "
                        + "guild, global ones everywhere they allow)"));
        JsonNode needed = registered.path("default_member_permissions");
        if (!channel.isDm() && !needed.isNull() && !needed.isMissingNode()) {
            long required = Long.parseUnsignedLong(needed.asText());
            long has = ChannelPermissions.inChannel(channel.guild(), channel.guildChannel(), userId);
            if ((has & required) != required && (has & Permissions.ADMINISTRATOR) == 0) {
                throw new IllegalArgumentException(user(userId).username() + " may not use /" + name
                        + ": it needs the permissions " + required);
            }
        }
        return registered;
    }

    /** Whether a global command may be used in a context (0 guild, 1 bot DM): its contexts, else dm_permission. */
    private static boolean usableIn(JsonNode command, int context) {
        JsonNode contexts = command.path("contexts");
        if (contexts.isArray()) {
            for (JsonNode c : contexts) {
                if (c.asInt(-1) == context) {
                    return true;
                }
            }
            return false;
        }
        return context == 0 || command.path("dm_permission").asBoolean(true);
    }

    private FakeInteraction component(long userId, long channelId, long messageId, String customId,
            List<String> values) {
        user(userId);
        ChannelRef channel = world.channel(channelId).orElseThrow(() -> new NoSuchElementException("no channel "
                + channelId));
        if (!channel.isDm() && channel.guild().member(userId).isEmpty()) {
            throw new IllegalArgumentException(user(userId).username() + " is not a member of " + channel.guild().name());
        }
        StoredMessage message = interactions.message(channelId, messageId)
                .orElseThrow(() -> new NoSuchElementException("no message " + messageId + " in " + channelId));
        if (message.message().authorId() != config.bot().id()) {
            throw new IllegalArgumentException("message " + messageId + " is not the bot's: it has no components");
        }
        JsonNode component = Components.find(message.componentsJson(), customId)
                .orElseThrow(() -> new IllegalArgumentException("message " + messageId + " has no component "
                        + customId));
        ObjectNode data = InteractionPayloads.componentData(component, values);
        Interaction interaction = interactions.dispatch(Interaction.MESSAGE_COMPONENT, channel, userId, customId,
                messageId, data, message);
        return new FakeInteraction(interaction, interactions, recorder);
    }

    // --- test controls: the network misbehaves --------------------------------------------------

    /**
     * Ends every gateway connection without a close frame, as a network failure would. Sessions stay
     * resumable; until the client resumes, dispatches are queued and then replayed. When this returns,
     * the sessions have already let go of their connections, so anything dispatched next is queued.
     */
    public void dropConnection() {
        gateway.dropConnections(0);
    }

    /** Closes every gateway connection with {@code closeCode} (e.g. 4000 or 1001: JDA resumes after those). */
    public void dropConnection(int closeCode) {
        if (closeCode <= 0) {
            throw new IllegalArgumentException("a close code is positive");
        }
        gateway.dropConnections(closeCode);
    }

    /** Sends op 9 INVALID_SESSION (not resumable) to every session; the client must IDENTIFY again. */
    public void invalidateSession() {
        gateway.invalidateSessions();
    }

    /**
     * Parks RESUME requests until {@link #releaseResumes()}: the fake records the op 6 but neither replays
     * nor answers yet. Lets a test make dispatches pile up deterministically while a client is away.
     */
    public void holdResumes() {
        gateway.holdResumes();
    }

    /** Handles the parked RESUMEs (replay, then RESUMED) and stops parking them. */
    public void releaseResumes() {
        gateway.releaseResumes();
    }

    /**
     * Parks the IDENTIFYs of shard {@code shardId} (0 when the client does not shard) until
     * {@link #releaseIdentifies()}: the fake records the op 2 but sends no READY yet. Lets a test keep
     * one shard of a bot connecting while the others are up. Holds one shard at a time: a second
     * call holds its shard instead.
     */
    public void holdIdentifies(int shardId) {
        gateway.holdIdentifies(shardId);
    }

    /** Handles the parked IDENTIFYs (READY, then the guilds) and stops parking them. */
    public void releaseIdentifies() {
        gateway.releaseIdentifies();
    }

    /** {@link #failNextWith429(RouteMatcher, int)} with the config's default, 1 s. */
    public void failNextWith429(RouteMatcher route) {
        failNextWith429(route, config.defaultRetryAfterSeconds());
    }

    /**
     * Answers the next request matching {@code route} with a per-route 429: {@code Retry-After} of
     * {@code retryAfterSeconds} (whole seconds), X-RateLimit headers, and
     * {@code {"message":"You are being rate limited.","retry_after":N,"global":false}}. The retry
     * succeeds. JDA really waits the full time before retrying, so keep it at 1 s in tests.
     */
    public void failNextWith429(RouteMatcher route, int retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds < 0");
        }
        failures.add(route, r -> RestResponse.rateLimited(retryAfterSeconds, r.bucket(), System.currentTimeMillis()));
    }

    /**
     * Answers the next request matching {@code route} with {@code status} and Discord's error body
     * {@code {"message": message, "code": code}}, e.g. {@code 403, 50013, "Missing Permissions"}.
     * Note that JDA retries 502, 504 and 529 by itself.
     */
    public void failNextWith(RouteMatcher route, int status, int code, String message) {
        failures.add(route, r -> RestResponse.error(status, code, message));
    }

    // --- what happened -------------------------------------------------------------------------

    /** Everything recorded so far, oldest first. */
    public List<Recorded> recorded() {
        return recorder.snapshot();
    }

    /**
     * The gateway sessions open now, counted per shard: a session is open from its IDENTIFY (or
     * RESUME) until its connection closes or it is invalidated. A shard served twice shows 2.
     *
     * <pre>{@code
     * assertThat(discord.liveSessionsPerShard()).isEqualTo(Map.of(0, 1, 1, 1));
     * }</pre>
     */
    public Map<Integer, Integer> liveSessionsPerShard() {
        record Open(int connectionId, int shard) {
        }
        Map<String, Open> open = new HashMap<>();
        for (Recorded event : recorded()) {
            switch (event) {
                case Recorded.Session s when s.kind() == Recorded.Session.Kind.IDENTIFIED
                        || s.kind() == Recorded.Session.Kind.RESUMED ->
                        open.put(s.sessionId(), new Open(s.connectionId(), s.shard().id()));
                case Recorded.Session s when s.kind() == Recorded.Session.Kind.INVALIDATED -> open.remove(s.sessionId());
                case Recorded.Connection c when !c.open() ->
                        open.values().removeIf(session -> session.connectionId() == c.connectionId());
                default -> {
                }
            }
        }
        Map<Integer, Integer> perShard = new TreeMap<>();
        open.values().forEach(session -> perShard.merge(session.shard(), 1, Integer::sum));
        return perShard;
    }

    /** Every REST request so far (unknown ones, 401s and 429s included). */
    public List<Recorded.RestCall> restCalls() {
        return recorder.snapshot(Recorded.RestCall.class);
    }

    /** Requests for endpoints the fake does not have (answered 404 or 405): what a client needs but lacks. */
    public List<Recorded.RestCall> unknownRequests() {
        return restCalls().stream().filter(c -> !c.routeKnown()).toList();
    }

    /** Every gateway payload clients sent. */
    public List<Recorded.GatewayOp> gatewayOps() {
        return recorder.snapshot(Recorded.GatewayOp.class);
    }

    /** Every dispatch the fake sent, queued or replayed. */
    public List<Recorded.Dispatch> dispatches() {
        return recorder.snapshot(Recorded.Dispatch.class);
    }

    /** The contents of the messages the bot sent to {@code channelId}, in order, as sent. */
    public List<String> messagesSentIn(long channelId) {
        return recorder.snapshot(Recorded.MessageSent.class).stream()
                .filter(m -> m.channelId() == channelId).map(Recorded.MessageSent::content).toList();
    }

    /** The messages currently in {@code channelId} (anyone's, after edits and deletions), oldest first. */
    public List<FakeMessage> messagesIn(long channelId) {
        return world.messages(channelId).stream().map(StoredMessage::message).toList();
    }

    /** The reactions currently on messages, in the order they were added. */
    public List<FakeReaction> reactions() {
        return world.reactions();
    }

    /** How many times the bot triggered typing in {@code channelId}. */
    public int typingCount(long channelId) {
        return (int) recorder.snapshot(Recorded.TypingStarted.class).stream()
                .filter(t -> t.channelId() == channelId).count();
    }

    /** The bot's presence as last sent on any session (op 3, or the one in IDENTIFY). */
    public Optional<Presence> lastPresence() {
        List<Recorded.PresenceUpdate> updates = recorder.snapshot(Recorded.PresenceUpdate.class);
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.getLast().presence());
    }

    /**
     * The bot's presence as last sent on a session of shard {@code shardId} (whatever the shard count;
     * a session that identified without a shard is shard 0).
     */
    public Optional<Presence> lastPresence(int shardId) {
        return recorder.snapshot(Recorded.PresenceUpdate.class).stream()
                .filter(p -> p.shard().id() == shardId)
                .map(Recorded.PresenceUpdate::presence)
                .reduce((first, second) -> second);
    }

    /** The shards of the sessions identified so far, in the order they identified. */
    public List<Shard> identifiedShards() {
        return recorder.snapshot(Recorded.Session.class).stream()
                .filter(s -> s.kind() == Recorded.Session.Kind.IDENTIFIED)
                .map(Recorded.Session::shard)
                .toList();
    }

    /** The intents of the last IDENTIFY the fake accepted. */
    public OptionalInt lastIdentifiedIntents() {
        return recorder.snapshot(Recorded.Session.class).stream()
                .filter(s -> s.kind() == Recorded.Session.Kind.IDENTIFIED)
                .mapToInt(Recorded.Session::intents)
                .reduce((first, second) -> second);
    }

    /**
     * Where the first recorded {@code type} meeting {@code condition} stands in {@link #recorded()}, to
     * compare the order of events; -1 if there is none.
     */
    public <T extends Recorded> int indexOf(Class<T> type, Predicate<? super T> condition) {
        List<Recorded> all = recorded();
        for (int i = 0; i < all.size(); i++) {
            if (type.isInstance(all.get(i)) && condition.test(type.cast(all.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** How many events are recorded; pass it to {@link #awaitAfter} to wait only for newer ones. */
    public int mark() {
        return recorder.size();
    }

    /**
     * Waits for a recorded event (already recorded, or yet to come) that meets {@code condition}.
     *
     * @return the first such event
     * @throws AssertionError when none comes within {@code timeout} (the message lists recent events)
     */
    public Recorded await(Predicate<? super Recorded> condition, Duration timeout) {
        return recorder.await(0, Recorded.class, condition, timeout);
    }

    /** Waits for a recorded {@code type} that meets {@code condition}; see {@link #await(Predicate, Duration)}. */
    public <T extends Recorded> T await(Class<T> type, Predicate<? super T> condition, Duration timeout) {
        return recorder.await(0, type, condition, timeout);
    }

    /** Like {@link #await(Class, Predicate, Duration)}, but only events recorded since {@code mark}. */
    public <T extends Recorded> T awaitAfter(int mark, Class<T> type, Predicate<? super T> condition,
            Duration timeout) {
        return recorder.await(mark, type, condition, timeout);
    }

    // --- helpers -------------------------------------------------------------------------------

    private FakeUser user(long userId) {
        return config.user(userId).orElseThrow(() -> new NoSuchElementException("no user " + userId));
    }

    private void userReaction(long userId, long channelId, long messageId, String emoji, boolean add) {
        FakeUser user = user(userId);
        ChannelRef channel = world.channel(channelId)
                .orElseThrow(() -> new NoSuchElementException("no channel " + channelId));
        FakeMessage message = world.message(channelId, messageId)
                .orElseThrow(() -> new NoSuchElementException("no message " + messageId + " in " + channelId))
                .message();
        chat.react(channel, message, emoji, user.id(), add);
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stopQuietly(GatewayServer server) {
        try {
            server.stop(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
