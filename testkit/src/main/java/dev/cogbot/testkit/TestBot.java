package dev.cogbot.testkit;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.User;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.LoadedPlugin;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.bot.UnloadReport;
import dev.cogbot.runtime.commands.CommandLimits;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.JsonRecords;
import dev.cogbot.runtime.storage.NamespaceStore;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.storage.StoreScope;
import dev.cogbot.runtime.timers.TimerStore;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.MemberRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A real bot runtime on an {@link InMemoryTransport}, with a {@link ManualTime} clock the test
 * moves. Every call that feeds the bot ({@link TestUser#says}, {@link #advance}) returns once the
 * bot is idle, with the transcript lines of what it did meanwhile.
 */
public final class TestBot implements AutoCloseable {

    /** The server users talk in unless told otherwise. */
    public static final GuildRef GUILD = new GuildRef("test-guild", "Test Guild", "guild-owner");
    /** The channel users talk in unless told otherwise: {@code #general} of {@link #GUILD}. */
    public static final ChannelRef GENERAL = new ChannelRef("general", "general", GUILD);

    private final InMemoryTransport transport;
    private final ManualTime time;
    private final BotRuntime runtime;
    private int seen;
    private final List<String> startupLines;
    private final BuiltPlugins builtPlugins;

    private TestBot(Builder builder) {
        this.transport = new InMemoryTransport(builder.owners);
        this.time = new ManualTime(builder.start);
        BotConfig settings = BotConfig.of(builder.settings);
        RuntimeOptions options = RuntimeOptions.defaults()
                .withPrefix(builder.prefix)
                .withUnloadGrace(builder.unloadGrace)
                .withSettings(settings::forPlugin)
                .withLimits(builder.limits);
        this.runtime = new BotRuntime(transport, new Scheduler(time), builder.store, builder.timers, options);
        transport.addChannel(GENERAL);
        runtime.start();
        // the connection's Ready is handled before the plugins come, as it happened before them
        settle();
        try {
            builder.plugins.forEach((id, cogs) -> runtime.install(id, cogs.get()));
        } catch (RuntimeException | Error e) {
            // the refusal (a wrong setting, a failing onLoad) is the test's; the bot's threads are not
            runtime.close();
            throw e;
        }
        settle();
        try {
            this.builtPlugins = BuiltPlugins.load(builder.jars, runtime);
        } catch (RuntimeException refused) {
            runtime.close();
            throw refused;
        }
        settle();
        this.startupLines = newLines();
    }

    /** What the bot did while starting (a status plugin's first presence, say); not repeated by the next call. */
    public List<String> startupLines() {
        return startupLines;
    }

    /**
     * The slash commands the bot would register now: what the sync builds from the commands loaded,
     * with their options, for a test to check what users will see in Discord.
     *
     * <pre>{@code
     * assertThat(bot.slashCommands()).extracting(ApplicationCommand::name).contains("hush", "unhush");
     * }</pre>
     */
    public List<dev.cogbot.runtime.transport.ApplicationCommand> slashCommands() {
        return runtime.commandSync().wanted();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Someone who can talk to the bot, in {@link #GENERAL} as a plain member (see
     * {@link TestUser#withPermissions}, {@link TestUser#inGuild}, {@link TestUser#inDm}); the same
     * name always gives the same user.
     */
    public TestUser user(String name) {
        TestUser user = new TestUser(this, new User(name, name, false), GENERAL, TestUser.PLAIN_MEMBER, List.of());
        user.join();
        return user;
    }

    /** {@link #GUILD} as plugins see it, e.g. to read what a plugin stored for the server. */
    public Guild guild() {
        return runtime.guild(GUILD);
    }

    /**
     * A role in {@link #GUILD}, known to the server from now on; its id is its name.
     *
     * <pre>{@code
     * TestUser mod = bot.user("alice").withRoles(bot.role("Moderator"));
     * }</pre>
     */
    public Role role(String name) {
        Role role = new Role(name, name);
        transport.addRole(GUILD, role);
        return role;
    }

    /**
     * From now on the bot holds {@code granted} on top of a plain member's rights in every server
     * channel (those given their own with {@link #grantBotIn} aside). Until then it holds a plain
     * member's rights, as a bot invited without extra permissions does.
     *
     * <pre>{@code
     * bot.grantBot(Permission.MANAGE_MESSAGES);   // @RequireBotPermissions(MANAGE_MESSAGES) passes
     * }</pre>
     */
    public void grantBot(Permission... granted) {
        transport.setBotPermissions(plainMemberAnd(granted));
    }

    /** {@link #grantBot} in one server channel only, e.g. {@code bot.grantBotIn(alice.in("mod-log").channel(), ...)}. */
    public void grantBotIn(ChannelRef channel, Permission... granted) {
        transport.setBotPermissions(channel, plainMemberAnd(granted));
    }

    private static Set<Permission> plainMemberAnd(Permission... granted) {
        EnumSet<Permission> held = EnumSet.copyOf(TestUser.PLAIN_MEMBER);
        held.addAll(List.of(granted));
        return held;
    }

    /**
     * {@code name} joins {@link #GUILD} as a plain member, and the bot hears of it.
     *
     * <pre>{@code
     * assertThat(bot.memberJoins("carol")).containsExactly("cogbot: Welcome, carol!");
     * }</pre>
     *
     * @return what the bot did meanwhile, as transcript lines
     */
    public List<String> memberJoins(String name) {
        TestUser joining = new TestUser(this, new User(name, name, false), GENERAL, TestUser.PLAIN_MEMBER, List.of());
        return act(() -> transport.memberJoins(GUILD, joining.asMember()));
    }

    /** {@code name} leaves {@link #GUILD}; returns what the bot did meanwhile. */
    public List<String> memberLeaves(String name) {
        return act(() -> transport.memberLeaves(GUILD, new User(name, name, false)));
    }

    /** The bot is added to a server called {@code guildName} (its id is its name); returns what it did meanwhile. */
    public List<String> joinsGuild(String guildName) {
        GuildRef guild = new GuildRef(guildName, guildName, "guild-owner");
        transport.addChannel(new ChannelRef(guildName + "/general", "general", guild));
        return act(() -> transport.guildJoined(guild));
    }

    /** The bot is removed from the server called {@code guildName}; returns what it did meanwhile. */
    public List<String> leavesGuild(String guildName) {
        return act(() -> transport.guildLeft(new GuildRef(guildName, guildName, "guild-owner")));
    }

    /**
     * The bot connects again with a new session (as after a connection that could not be resumed), so
     * it is ready again: listeners hear {@code Ready}, as discord.py's {@code on_ready} may be called
     * more than once. Returns what the bot did meanwhile.
     */
    public List<String> reconnects() {
        return act(transport::reconnect);
    }

    /** The bot's connection dropped and was resumed; returns what it did meanwhile. */
    public List<String> resumes() {
        return act(transport::resume);
    }

    /** The id of the last message the bot sent, e.g. for a user to react to it. */
    public String lastSentId() {
        List<BotEvent> all = transport.events();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof BotEvent.Sent sent) {
                return sent.messageId();
            }
        }
        throw new IllegalStateException("the bot has not sent anything yet");
    }

    /**
     * Moves the bot's clock forward, firing every timer due on the way in order.
     *
     * @return what the bot did meanwhile, as transcript lines
     */
    public List<String> advance(Duration amount) {
        time.advance(amount);
        return newLines();
    }

    public Instant now() {
        return time.now();
    }

    /** Loads a plugin made of {@code cogs}, as the plugin manager would; returns what the bot did meanwhile. */
    public List<String> load(String pluginId, Cog... cogs) {
        runtime.install(pluginId, List.of(cogs));
        settle();
        return newLines();
    }

    /**
     * Unloads a plugin, as the plugin manager would. If some of its threads ignored the stop, the
     * report says so and the bot is not waited for: those threads keep it busy.
     */
    public UnloadReport unload(String pluginId) {
        UnloadReport report = runtime.uninstall(pluginId)
                .orElseThrow(() -> new IllegalArgumentException("no plugin " + pluginId + " is loaded"));
        if (report.strayThreads().isEmpty()) {
            settle();
        }
        return report;
    }

    public Optional<LoadedPlugin> plugin(String pluginId) {
        return runtime.plugin(pluginId);
    }

    /** Every event so far. */
    public List<BotEvent> events() {
        return transport.events();
    }

    /** The whole transcript so far. */
    public List<String> transcript() {
        return transport.events().stream().map(BotEvent::line).toList();
    }

    /** The presence last set. */
    public Optional<Activity> presence() {
        return runtime.presence();
    }

    /** The reactions the bot has on message {@code messageId} now. */
    public Set<String> reactionsOn(String messageId) {
        Set<String> reactions = new HashSet<>();
        for (BotEvent event : transport.events()) {
            switch (event) {
                case BotEvent.ReactionAdded added when added.messageId().equals(messageId) -> reactions.add(added.emoji());
                case BotEvent.ReactionRemoved removed when removed.messageId().equals(messageId) -> reactions.remove(removed.emoji());
                default -> { }
            }
        }
        return reactions;
    }

    /**
     * Plugin {@code pluginId}'s own store, as the plugin sees it through {@code bot.store()}: for a
     * test to set up or check what the plugin keeps.
     *
     * <pre>{@code
     * bot.store("levels").member(TestBot.GUILD, alice).add("xp", 10);
     * }</pre>
     */
    public GlobalStore store(String pluginId) {
        return NamespaceStore.of(runtime.storage(), StoreScope.plugin(pluginId), JsonRecords.create());
    }

    /** The store shared under {@code name}, as plugins see it through {@code bot.sharedStore(name)}. */
    public GlobalStore sharedStore(String name) {
        return NamespaceStore.of(runtime.storage(), StoreScope.shared(name), JsonRecords.create());
    }

    /** The runtime under test, for what the kit does not wrap. */
    public BotRuntime runtime() {
        return runtime;
    }

    public InMemoryTransport transport() {
        return transport;
    }

    public ManualTime time() {
        return time;
    }

    /** Does what a user does on the network, then waits until the bot is idle; returns what it did meanwhile. */
    List<String> act(Runnable onTheNetwork) {
        onTheNetwork.run();
        settle();
        return newLines();
    }

    List<String> deliver(User author, ChannelRef channel, MemberRef member, String content, List<String> idOut) {
        idOut.add(transport.deliver(author, channel, content, member).id());
        settle();
        return newLines();
    }

    private void settle() {
        runtime.scheduler().runningTasks().awaitIdle(Duration.ofSeconds(30));
    }

    private synchronized List<String> newLines() {
        List<BotEvent> all = transport.events();
        List<String> lines = all.subList(seen, all.size()).stream().map(BotEvent::line).toList();
        seen = all.size();
        return lines;
    }

    @Override
    public void close() {
        try {
            builtPlugins.close();
        } finally {
            runtime.close();
        }
    }

    /** Sets up a {@link TestBot}. */
    public static final class Builder {
        private final Map<String, Supplier<List<? extends Cog>>> plugins = new LinkedHashMap<>();
        private final List<java.nio.file.Path> jars = new ArrayList<>();
        private final Map<String, String> settings = new HashMap<>();
        private final Set<String> owners = new HashSet<>();
        private String prefix = "!";
        private Storage store = new InMemoryStore();
        private TimerStore timers = new InMemoryTimerStore();
        private Instant start = new ManualTime().now();
        private Duration unloadGrace = Duration.ofSeconds(5);
        private CommandLimits limits = CommandLimits.DEFAULTS;

        private Builder() {
        }

        /** A plugin to load at start, made of these cogs. */
        public Builder plugin(String pluginId, Cog... cogs) {
            List<Cog> list = new ArrayList<>(List.of(cogs));
            plugins.put(pluginId, () -> list);
            return this;
        }

        /**
         * A built plugin JAR to load at start, as the bot loads one from its plugins folder: through
         * PF4J, its manifest and its extension index, in a class loader of its own, after the same
         * checks. A JAR the bot would refuse fails {@link #build()} with the bot's one-line reason
         * (a {@link dev.cogbot.runtime.plugins.PluginOperationException}). JARs load in the order given,
         * so a plugin's dependencies go first.
         *
         * <pre>{@code
         * // in a test that runs after the JAR is made (e.g. maven-failsafe's integration-test phase)
         * try (TestBot bot = TestBot.builder().pluginJar(Path.of("target/hello-1.0.0.jar")).build()) {
         *     assertThat(bot.user("alice").says("!hello")).containsExactly("cogbot: hi");
         * }
         * }</pre>
         */
        public Builder pluginJar(java.nio.file.Path jar) {
            jars.add(jar);
            return this;
        }

        /**
         * {@link #pluginJar} of the JAR this plugin project's build just made: the path in the system
         * property {@value BuiltPlugins#JAR_PROPERTY}, which cogbot-plugin-parent sets for tests
         * named {@code *IT} (run by maven-failsafe after the JAR is made and checked).
         *
         * <pre>{@code
         * class HelloPluginIT {
         *     @Test void theBuiltJarAnswers() {
         *         try (TestBot bot = TestBot.builder().builtPluginJar().build()) {
         *             assertThat(bot.user("alice").says("!hello")).containsExactly("cogbot: hi");
         *         }
         *     }
         * }
         * }</pre>
         */
        public Builder builtPluginJar() {
            return pluginJar(BuiltPlugins.builtByThisProject());
        }

        /** A setting, as {@code <pluginId>.<key>}, e.g. {@code "jokes.reply-timeout", "30s"}. */
        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /** A user id (the user's name, for {@link TestBot#user}) allowed to run owner-only commands. */
        public Builder owner(String userId) {
            owners.add(userId);
            return this;
        }

        /** The store to use; pass the same one to a second bot to simulate a restart. */
        public Builder store(Storage store) {
            this.store = store;
            return this;
        }

        /** Where durable timers are kept; pass the same one to a second bot to simulate a restart. */
        public Builder timers(TimerStore timers) {
            this.timers = timers;
            return this;
        }

        /** The instant the bot's clock starts at; a later one than the first bot's simulates a restart after a while. */
        public Builder startingAt(Instant start) {
            this.start = start;
            return this;
        }

        public Builder unloadGrace(Duration grace) {
            this.unloadGrace = grace;
            return this;
        }

        /** How many commands one member may have going at once; {@link CommandLimits#DEFAULTS} unless set. */
        public Builder limits(CommandLimits limits) {
            this.limits = limits;
            return this;
        }

        public TestBot build() {
            return new TestBot(this);
        }
    }
}
