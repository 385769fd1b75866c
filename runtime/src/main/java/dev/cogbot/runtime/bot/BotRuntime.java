package dev.cogbot.runtime.bot;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.runtime.commands.BuiltInConverters;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CogScanner;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.commands.CommandLimits;
import dev.cogbot.runtime.commands.CommandRegistry;
import dev.cogbot.runtime.commands.Dispatcher;
import dev.cogbot.runtime.commands.GuildPrefixes;
import dev.cogbot.runtime.commands.HelpCog;
import dev.cogbot.runtime.commands.Lookups;
import dev.cogbot.runtime.commands.PrefixCog;
import dev.cogbot.runtime.config.PluginSettings;
import dev.cogbot.runtime.isolation.BusyTaskWatch;
import dev.cogbot.runtime.isolation.Zombie;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.scheduling.Park;
import dev.cogbot.runtime.scheduling.PluginFailures;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.scheduling.StandingLane;
import dev.cogbot.runtime.scheduling.Stopping;
import dev.cogbot.runtime.scheduling.Uninterruptibly;
import dev.cogbot.runtime.settings.BadSettingException;
import dev.cogbot.runtime.settings.DeclaredSettings;
import dev.cogbot.runtime.settings.PluginSettingsReport;
import dev.cogbot.runtime.slash.CommandSync;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.api.event.Event;
import dev.cogbot.api.event.GuildJoined;
import dev.cogbot.api.event.GuildLeft;
import dev.cogbot.api.event.MemberJoined;
import dev.cogbot.api.event.MemberLeft;
import dev.cogbot.api.event.MessageDeleted;
import dev.cogbot.api.event.MessageEdited;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.api.event.ReactionAdded;
import dev.cogbot.api.event.ReactionRemoved;
import dev.cogbot.api.event.Ready;
import dev.cogbot.api.event.Resumed;
import dev.cogbot.runtime.events.Listener;
import dev.cogbot.runtime.interactions.ComponentHandler;
import dev.cogbot.runtime.interactions.ComponentHandlers;
import dev.cogbot.runtime.interactions.ComponentScanner;
import dev.cogbot.runtime.interactions.InteractionHost;
import dev.cogbot.runtime.interactions.Interactions;
import dev.cogbot.runtime.events.ListenerScanner;
import dev.cogbot.runtime.events.Listeners;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.timers.TimerStore;
import dev.cogbot.runtime.transport.IncomingInteraction;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running bot: one transport, the installed plugins' cogs, command dispatch, message waits and
 * the scheduler. Plugin management (PF4J) sits on top and calls {@link #install} and
 * {@link #uninstall}; tests install cogs directly.
 */
public final class BotRuntime implements TransportListener, AutoCloseable {

    /** The id under which the runtime's own commands (help, plugin administration) are installed. */
    public static final String RUNTIME_ID = "cogbot";

    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);
    private static final Duration FOREVER = Duration.ofDays(3650);
    /**
     * What the transport reported and the runtime has not handled yet, before further reports are
     * dropped with a warning: the transport's thread must never wait for the runtime.
     */
    static final int INBOUND_CAPACITY = 10_000;

    private final Transport transport;
    private final Scheduler scheduler;
    private final Storage storage;
    private final TimerStore timerStore;
    private final RuntimeOptions options;
    private final CommandRegistry registry = new CommandRegistry(RUNTIME_ID);
    private final EventWaiters waiters = new EventWaiters();
    private final Listeners listeners = new Listeners();
    private final RecentMessages recent = new RecentMessages();
    private final dev.cogbot.runtime.scheduling.RunningTasks invocations = new dev.cogbot.runtime.scheduling.RunningTasks();
    private final PluginBot runtimeBot;
    private final GuildPrefixes prefixes;
    private final Dispatcher dispatcher;
    private final CommandSync commandSync;
    private final ComponentHandlers components = new ComponentHandlers();
    private final Interactions interactions;
    /**
     * The transport's reports, handled in the order they came on the runtime's own thread (a platform
     * one: plugins keeping every virtual-thread carrier busy must not keep the owners' commands from
     * being read), never on the transport's: reading a server's prefix may wait for the store, and
     * plugins' waits check their predicates on each event.
     */
    private final StandingLane inbound;
    private final AtomicLong inboundDropped = new AtomicLong();
    private final ReentrantLock installs = new ReentrantLock();
    private final Map<String, LoadedPlugin> plugins = new LinkedHashMap<>();
    private final Queue<Park<Void>> readyWaiters = new ConcurrentLinkedQueue<>();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    /** The thread carrying out the close: were a close ever re-entered on it, waiting would never end. */
    private volatile Thread closer;
    private volatile User self;
    private volatile boolean ready;
    private volatile boolean draining;
    private volatile boolean waitForTimers;
    private volatile Activity presence;
    /** Describes the plugins when a transport asks (the console's /plugins); set by whoever manages them. */
    private volatile java.util.function.Supplier<List<String>> pluginDescriptions = List::of;
    /** Told of the plugins' failures outside commands; set by whoever counts them (the operations port's metrics). */
    private volatile PluginFailures failures = PluginFailures.NONE;

    /**
     * @param storage    the plugins' stores
     * @param timerStore where the plugins' durable timers are kept
     */
    public BotRuntime(Transport transport, Scheduler scheduler, Storage storage, TimerStore timerStore, RuntimeOptions options) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.storage = storage;
        this.timerStore = timerStore;
        this.options = options;
        this.runtimeBot = new PluginBot(this, RUNTIME_ID, Lifetime.onPlatformThreads(RUNTIME_ID, scheduler),
                key -> Optional.empty());
        this.inbound = new StandingLane(RUNTIME_ID + "-inbound", INBOUND_CAPACITY, scheduler.runningTasks());
        this.prefixes = new GuildPrefixes(options.prefix(), guild -> runtimeBot.store().guild(guild), this::self,
                scheduler::now);
        this.dispatcher = new Dispatcher(registry, prefixes, runtimeBot, invocations,
                transport.operatorOnly() ? CommandLimits.NONE : options.limits());
        this.commandSync = new CommandSync(transport, scheduler, registry, options.slash(), runtimeBot.store(),
                options.leader());
        this.interactions = new Interactions(registry, dispatcher, components, new InteractionHost() {
            @Override
            public User self() {
                return BotRuntime.this.self();
            }

            @Override
            public Message message(IncomingMessage incoming) {
                return wrap(incoming);
            }

            @Override
            public dev.cogbot.api.Channel channel(ChannelRef channel) {
                return new TransportChannel(BotRuntime.this, channel);
            }

            @Override
            public Optional<dev.cogbot.api.Member> member(ChannelRef channel, MemberRef member) {
                return BotRuntime.this.member(channel, member);
            }
        });
        // the runtime's converters, in the registry the plugins' own join
        BuiltInConverters.registerInto(registry.converters(), new Lookups() {
            @Override
            public Optional<User> user(String id) {
                return transport.user(id);
            }

            @Override
            public Optional<dev.cogbot.api.Channel> channel(String id) {
                return transport.channel(id).map(c -> new TransportChannel(BotRuntime.this, c));
            }
        });
    }

    /** Installs the built-in commands and connects the transport. */
    public void start() {
        installBuiltIn(new HelpCog(registry), false);
        installBuiltIn(new PrefixCog(prefixes), false);
        transport.start(this);
    }

    /**
     * Installs one of the runtime's own cogs.
     *
     * @param exemptFromBotChecks whether plugins' bot-wide checks (a hush) leave its commands alone,
     *                            as they must the owners' plugin administration
     */
    public void installBuiltIn(Cog cog, boolean exemptFromBotChecks) {
        CogBinding binding = new CogBinding(cog, runtimeBot, exemptFromBotChecks);
        cog.onLoad(runtimeBot);
        List<CommandDefinition> definitions = CogScanner.scan(binding);
        CogScanner.checkConverters(definitions, registry.converters());
        commandSync.checkAtLoad(definitions);
        registry.add(binding, definitions);
        listeners.add(ListenerScanner.scan(binding));
        components.add(ComponentScanner.scan(binding));
        commandSync.request();
    }

    /**
     * Loads a plugin's cogs: calls each {@link Cog#onLoad}, then makes their commands available.
     * If anything fails, whatever was started is stopped again and nothing of the plugin remains.
     *
     * @throws IllegalStateException if a plugin with this id is already installed, or the id is {@link #RUNTIME_ID}
     * @throws BadSettingException   if a value set for a setting the cogs declare is not one it takes
     * @throws RuntimeException      whatever a cog's {@code onLoad} threw, or a
     *                               {@link dev.cogbot.runtime.commands.CogDefinitionException}
     */
    public LoadedPlugin install(String pluginId, List<? extends Cog> cogs) {
        installs.lock();
        try {
            if (plugins.containsKey(pluginId)) {
                throw new IllegalStateException("plugin " + pluginId + " is already loaded");
            }
            if (RUNTIME_ID.equals(pluginId)) {
                // its store would be the runtime's, with every server's prefix in it
                throw new IllegalStateException("the plugin id " + RUNTIME_ID + " is the runtime's own; give the plugin another id");
            }
            Lifetime lifetime = Lifetime.ofPlugin(pluginId, scheduler, classLoaderOf(cogs),
                    (plugin, kind) -> failures.failed(plugin, kind));
            PluginSettings values = options.settings().apply(pluginId);
            PluginBot bot = new PluginBot(this, pluginId, lifetime, values);
            DeclaredSettings declared;
            List<CogBinding> bindings = new ArrayList<>();
            List<CommandDefinition> commands = new ArrayList<>();
            Map<CogBinding, List<CommandDefinition>> scanned = new LinkedHashMap<>();
            Map<CogBinding, List<Listener>> heard = new LinkedHashMap<>();
            Map<CogBinding, List<ComponentHandler>> clicks = new LinkedHashMap<>();
            try {
                // first: no onLoad runs with a value its plugin does not take
                declared = DeclaredSettings.of(pluginId, cogs);
                declared.check(values);
                for (Cog cog : cogs) {
                    CogBinding binding = new CogBinding(cog, bot, false);
                    List<CommandDefinition> definitions = CogScanner.scan(binding);
                    List<Listener> cogListeners = ListenerScanner.scan(binding);
                    List<ComponentHandler> cogClicks = ComponentScanner.scan(binding);
                    runOnLoad(binding, lifetime);
                    bindings.add(binding);
                    scanned.put(binding, definitions);
                    heard.put(binding, cogListeners);
                    clicks.put(binding, cogClicks);
                }
                // only now: any cog's onLoad may register the converters any of the plugin's commands need
                for (var cog : scanned.entrySet()) {
                    CogScanner.checkConverters(cog.getValue(), registry.converters());
                }
                commandSync.checkAtLoad(scanned.values().stream().flatMap(List::stream).toList());
                for (var cog : scanned.entrySet()) {
                    // first: a component prefix another plugin claims refuses the load before anything is served
                    components.add(clicks.get(cog.getKey()));
                    registry.add(cog.getKey(), cog.getValue());
                    listeners.add(heard.get(cog.getKey()));
                    commands.addAll(cog.getValue());
                }
            } catch (RuntimeException | Error e) {
                bindings.forEach(registry::remove);
                bindings.forEach(listeners::remove);
                bindings.forEach(components::remove);
                Stopping callbacks = Stopping.within(options.unloadGrace());
                bindings.forEach(b -> runUnloadCallback(b, callbacks, new ArrayList<>()));
                lifetime.close(options.unloadGrace());
                throw e;
            }
            LoadedPlugin plugin = new LoadedPlugin(pluginId, List.copyOf(bindings), List.copyOf(commands), lifetime,
                    declared);
            plugins.put(pluginId, plugin);
            log.info("Loaded plugin {} ({} command(s))", pluginId, commands.size());
            declared.report(values, plugins.keySet()).unknown().forEach(typo -> log.warn("{}", typo));
            commandSync.request();
            // after every onLoad: each cog's handlers are registered, so overdue timers fire in due order
            bot.startTimers();
            return plugin;
        } finally {
            installs.unlock();
        }
    }

    /** The class loader of the plugin's classes: its threads carry it, so those it starts itself can be found. */
    private static ClassLoader classLoaderOf(List<? extends Cog> cogs) {
        return cogs.isEmpty() ? null : cogs.getFirst().getClass().getClassLoader();
    }

    /**
     * Runs a cog's {@code onLoad} on a thread of its plugin, for at most the unload grace: a cog
     * that waits there (for the bot to be ready, say, which it is not while plugins load at start)
     * must fail its load, not hang the bot's start or every later plugin operation.
     */
    private void runOnLoad(CogBinding binding, Lifetime lifetime) {
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var done = new CountDownLatch(1);
        lifetime.spawn("onLoad", () -> {
            try {
                binding.cog().onLoad(binding.bot());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(options.unloadGrace().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(binding.name() + ".onLoad did not return within "
                        + options.unloadGrace().toMillis() + " ms; onLoad must not wait (start a loop or a timer instead)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + binding.name() + ".onLoad ran", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    /**
     * Unloads a plugin: its commands go at once, then each cog's {@link Cog#onUnload} runs (all of
     * them within one unload grace), then everything the plugin still has running is cancelled and
     * interrupted, and waited for until the unload's deadline: two unload graces from the start, so
     * an unload takes at most about twice {@code unload-grace}.
     */
    public Optional<UnloadReport> uninstall(String pluginId) {
        return uninstall(pluginId, Stopping.within(options.unloadGrace().multipliedBy(2)));
    }

    /**
     * {@link #uninstall(String)} with the unload's deadline given, to be shared with the steps of the
     * unload that follow (the sweep for the threads the plugin started itself).
     */
    public Optional<UnloadReport> uninstall(String pluginId, Stopping unload) {
        LoadedPlugin plugin;
        installs.lock();
        try {
            plugin = plugins.remove(pluginId);
        } finally {
            installs.unlock();
        }
        if (plugin == null) {
            return Optional.empty();
        }
        plugin.cogs().forEach(registry::remove);
        plugin.cogs().forEach(listeners::remove);
        commandSync.request();
        plugin.cogs().forEach(components::remove);
        List<String> problems = new ArrayList<>();
        List<Zombie> zombies = new ArrayList<>();
        Stopping callbacks = Stopping.within(options.unloadGrace());
        List<Thread> hung = new ArrayList<>();
        for (CogBinding binding : plugin.cogs()) {
            runUnloadCallback(binding, callbacks, problems).ifPresent(hung::add);
        }
        for (Thread stray : plugin.lifetime().close(unload)) {
            zombies.add(Zombie.StrayThread.of(pluginId, Zombie.ThreadKind.TASK, stray));
        }
        // interrupted when their time was up; what is left of the unload's grace is theirs too
        for (Thread callback : unload.interruptAndAwait(hung)) {
            zombies.add(Zombie.StrayThread.of(pluginId, Zombie.ThreadKind.UNLOAD_CALLBACK, callback));
        }
        UnloadReport report = new UnloadReport(pluginId, problems, zombies, List.of());
        if (report.clean()) {
            log.info("Unloaded plugin {}", pluginId);
        } else {
            log.warn("{}", report.summary());
        }
        return Optional.of(report);
    }

    /**
     * Runs a cog's {@code onUnload}, waiting for it until {@code callbacks}' deadline.
     *
     * @return its thread, interrupted, if it did not return by then
     */
    private Optional<Thread> runUnloadCallback(CogBinding binding, Stopping callbacks, List<String> problems) {
        // a bounded wait: a callback that hangs must not hang the unload. A platform thread: with
        // every virtual-thread carrier taken by busy plugins, a virtual one might never start
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Thread callback = Thread.ofPlatform().daemon().name(binding.pluginId() + "/unload " + binding.name()).start(() -> {
            try {
                binding.cog().onUnload();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Optional<Thread> hung = Optional.empty();
        if (!callbacks.await(callback)) {
            callback.interrupt();
            problems.add(binding.name() + ".onUnload did not return within " + options.unloadGrace().toMillis() + " ms");
            hung = Optional.of(callback);
        }
        Throwable thrown = failure.get();
        if (thrown != null) {
            problems.add(binding.name() + ".onUnload threw " + thrown);
            log.warn("{}.onUnload of plugin {} threw", binding.name(), binding.pluginId(), thrown);
        }
        return hung;
    }

    /** The plugins installed now, in load order. */
    public List<LoadedPlugin> plugins() {
        installs.lock();
        try {
            return List.copyOf(plugins.values());
        } finally {
            installs.unlock();
        }
    }

    /** The settings each installed plugin declares, with their values, in load order. */
    public List<PluginSettingsReport> settings() {
        List<LoadedPlugin> loaded = plugins();
        List<String> ids = loaded.stream().map(LoadedPlugin::pluginId).toList();
        return loaded.stream().map(p -> p.settings().report(options.settings().apply(p.pluginId()), ids)).toList();
    }

    /** The tasks of the installed plugins running now (commands, loops), for the busy-task watch. */
    public List<BusyTaskWatch.Task> pluginTasks() {
        List<BusyTaskWatch.Task> tasks = new ArrayList<>();
        for (LoadedPlugin plugin : plugins()) {
            String prefix = plugin.pluginId() + "/";
            for (Thread thread : plugin.lifetime().threads()) {
                String name = thread.getName();
                tasks.add(new BusyTaskWatch.Task(plugin.pluginId(),
                        name.startsWith(prefix) ? name.substring(prefix.length()) : name, thread));
            }
        }
        return tasks;
    }

    public Optional<LoadedPlugin> plugin(String pluginId) {
        installs.lock();
        try {
            return Optional.ofNullable(plugins.get(pluginId));
        } finally {
            installs.unlock();
        }
    }

    // --- what the transport tells us

    @Override
    public void onReady(User self) {
        this.self = self;
        this.ready = true;
        Park<Void> waiting;
        while ((waiting = readyWaiters.poll()) != null) {
            waiting.complete(null);
        }
        log.info("Ready on {} as {}", transport.name(), self.name());
        commandSync.onReady();
        inbound("Ready", () -> publish(new Ready(self)), false);
    }

    @Override
    public void onMessage(IncomingMessage incoming) {
        GuildRef guild = incoming.channel().guild();
        inbound("a message", () -> handle(incoming), guild == null || prefixes.isCached(guild.id()));
    }

    @Override
    public void onEvent(TransportEvent event) {
        inbound(event.getClass().getSimpleName(), () -> handle(event), true);
    }

    @Override
    public void onInteraction(IncomingInteraction interaction) {
        inbound("an interaction", () -> interactions.serve(interaction), interactions.handsOn(interaction));
    }

    /**
     * Hands {@code report} to the runtime's thread behind the transport's earlier ones; the transport's
     * thread returns at once. When that thread has nothing to do and the report cannot block (its
     * server's prefix is known, {@code quick}, and no {@code waitFor} check would run), the report
     * runs on the transport's thread instead: waking the runtime's thread would cost more than the
     * report (see BENCHMARKS.md, dispatch).
     */
    private void inbound(String what, Runnable report, boolean quick) {
        boolean handed = quick && waiters.isEmpty() ? inbound.runHereIfIdle(report) : inbound.offer(report);
        if (handed || inbound.isClosed()) {
            return;
        }
        long dropped = inboundDropped.incrementAndGet();
        if (Long.bitCount(dropped) == 1) {
            // 1, 2, 4, 8…: reported without a line per event
            log.warn("The runtime is {} reports behind the transport; dropped {} so far ({} now)",
                    INBOUND_CAPACITY, dropped, what);
        }
    }

    private void handle(IncomingMessage incoming) {
        User me = self;
        if (me != null && me.id().equals(incoming.author().id())) {
            return;
        }
        recent.remember(incoming);
        Message message = wrap(incoming);
        if (incoming.author().bot()) {
            // as discord.py: other bots' messages are never commands, or two bots could talk in circles
            publish(new MessageReceived(message, false));
            return;
        }
        Dispatcher.Request request = dispatcher.read(message);
        publish(new MessageReceived(message, request.namesCommand()));
        dispatcher.dispatch(request);
    }

    private void handle(TransportEvent event) {
        publish(switch (event) {
            case TransportEvent.MessageEdited edited -> new MessageEdited(wrap(edited.message()),
                    recent.remember(edited.message()).map(IncomingMessage::content));
            case TransportEvent.MessageDeleted deleted -> new MessageDeleted(new TransportChannel(this, deleted.channel()),
                    deleted.messageId(), recent.forget(deleted.messageId()).map(this::wrap));
            case TransportEvent.ReactionAdded added -> new ReactionAdded(new TransportChannel(this, added.channel()),
                    added.messageId(), added.emoji(), added.user(), member(added.channel(), added.member()));
            case TransportEvent.ReactionRemoved removed -> new ReactionRemoved(new TransportChannel(this, removed.channel()),
                    removed.messageId(), removed.emoji(), removed.user(), member(removed.channel(), removed.member()));
            case TransportEvent.MemberJoined joined -> new MemberJoined(new TransportMember(this, joined.guild(), joined.member()));
            case TransportEvent.MemberLeft left -> new MemberLeft(new TransportGuild(this, left.guild()), left.user());
            case TransportEvent.GuildJoined joined -> new GuildJoined(new TransportGuild(this, joined.guild()));
            case TransportEvent.GuildLeft left -> new GuildLeft(new TransportGuild(this, left.guild()));
            case TransportEvent.Resumed resumed -> new Resumed(resumed.shardId());
        });
    }

    /** Hands an event to the waits for it, then to the listeners, each on its plugin's threads. */
    private void publish(Event event) {
        waiters.offer(event);
        listeners.dispatch(event);
    }

    private Optional<dev.cogbot.api.Member> member(ChannelRef channel, MemberRef member) {
        return member == null || channel.isPrivate() ? Optional.empty()
                : Optional.of(new TransportMember(this, channel.guild(), member));
    }

    @Override
    public void onInputClosed() {
        // behind the reports before it, so the last commands are started before the drain waits for them
        if (!inbound.offer(this::drain)) {
            drain();
        }
    }

    private void drain() {
        // a platform thread: the bot must close when its input ends even if plugins hold every carrier
        Thread.ofPlatform().daemon().name("cogbot-drain").start(() -> {
            draining = true;
            waiters.failAll(new CommandCancelled("no more input is coming"));
            invocations.awaitIdle(FOREVER);
            if (waitForTimers) {
                try {
                    long pending = scheduler.scheduledWork().pending();
                    if (pending > 0) {
                        // a line of its own, so a script's reader knows why the bot has not stopped yet
                        transport.notice("the input ended; waiting for " + pending
                                + " scheduled task(s) of the plugins before stopping");
                    }
                    scheduler.scheduledWork().awaitNone(scheduler.runningTasks());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            close();
        });
    }

    /**
     * When the input ends (the end of a piped script), wait before stopping until the plugins'
     * scheduled one-shot work has run: what they {@code schedule}d and their durable timers' countdowns,
     * and whatever those schedule in turn. Loops are not waited for (they never end), nor are replies
     * a conversation waits for (no more input is coming: those waits fail at once, as without this).
     */
    public void waitForTimersAtEndOfInput() {
        waitForTimers = true;
    }

    @Override
    public void awaitIdle() {
        scheduler.runningTasks().awaitIdle(FOREVER);
    }

    /**
     * Where the lines come from when a transport asks to list the plugins: the plugin
     * administration's listing. The runtime does not manage plugins itself.
     */
    public void describePluginsWith(java.util.function.Supplier<List<String>> descriptions) {
        this.pluginDescriptions = java.util.Objects.requireNonNull(descriptions, "descriptions");
    }

    /**
     * From now on, tells {@code observer} of every failure of a plugin's listeners, loops, tasks and
     * timers (its commands' are told to the {@link Dispatcher#observe dispatcher's observer}).
     */
    public void observeFailures(PluginFailures observer) {
        this.failures = java.util.Objects.requireNonNull(observer, "observer");
    }

    @Override
    public List<String> describePlugins() {
        return pluginDescriptions.get();
    }

    // --- what plugins and commands use

    Message wrap(IncomingMessage incoming) {
        return new TransportMessage(this, incoming);
    }

    /** The server a transport named, as plugins see it: its lookups ask this bot's transport. */
    public Guild guild(GuildRef ref) {
        return new TransportGuild(this, ref);
    }

    void awaitReady() throws InterruptedException {
        if (ready) {
            return;
        }
        Park<Void> park = scheduler.park();
        readyWaiters.add(park);
        if (ready) {
            park.complete(null);
        }
        try {
            scheduler.await(park);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            // an interrupted wait (its plugin unloaded) must not stay, holding the plugin's thread
            readyWaiters.remove(park);
        }
    }

    void changePresence(Activity activity) {
        presence = activity;
        transport.setPresence(activity);
    }

    boolean isOwner(User user) {
        return options.owners().contains(user.id()) || transport.ownerIds().contains(user.id());
    }

    boolean isDraining() {
        return draining;
    }

    EventWaiters waiters() {
        return waiters;
    }

    public Transport transport() {
        return transport;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** What starts a command where: the servers' prefixes and a mention of the bot. */
    public GuildPrefixes prefixes() {
        return prefixes;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** What keeps Discord's slash commands in step with the commands loaded. */
    public CommandSync commandSync() {
        return commandSync;
    }

    /** Every plugin's stores; plugins see theirs through {@link dev.cogbot.api.Bot#store()}. */
    public Storage storage() {
        return storage;
    }

    /** Where the plugins' durable timers are kept. */
    public TimerStore timerStore() {
        return timerStore;
    }

    /**
     * Deletes the stored durable timers of a plugin that is not loaded, for an owner unloading it for
     * good; a loaded plugin's timers are refused, as it would go on firing those it armed.
     *
     * @return how many there were
     * @throws IllegalStateException if the plugin is loaded
     */
    public int forgetTimers(String pluginId) {
        installs.lock();
        try {
            if (plugins.containsKey(pluginId)) {
                throw new IllegalStateException("plugin " + pluginId + " is loaded: unload it before forgetting its timers");
            }
            int forgotten = timerStore.removeAll(pluginId);
            log.info("Forgot {} timer(s) of plugin {}", forgotten, pluginId);
            return forgotten;
        } finally {
            installs.unlock();
        }
    }

    public RuntimeOptions options() {
        return options;
    }

    public User self() {
        return self;
    }

    public boolean isReady() {
        return ready;
    }

    /** The presence last set, if any. */
    public Optional<Activity> presence() {
        return Optional.ofNullable(presence);
    }

    /**
     * Whether the runtime's own thread, which handles everything the transport reports, gets to a
     * task queued now within {@code patience}: what a liveness probe asks. False once the bot is
     * stopping, or while that thread is stuck (or that far behind).
     */
    public boolean answersWithin(Duration patience) throws InterruptedException {
        if (shuttingDown.get()) {
            return false;
        }
        CountDownLatch reached = new CountDownLatch(1);
        return inbound.offer(reached::countDown)
                && reached.await(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** How many tasks are waiting for an event (a message, a reaction…) right now. */
    public int pendingWaits() {
        return waiters.size();
    }

    /** Blocks until the bot has stopped, e.g. after the console's input ended. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /**
     * Unloads every plugin (newest first), disconnects, and stops. Safe to call more than once and
     * from several threads: a later call returns once the first has finished, so that whoever closes
     * the store next never pulls it from under a plugin's {@code onUnload}.
     */
    @Override
    public void close() {
        if (!shuttingDown.compareAndSet(false, true)) {
            if (Thread.currentThread() != closer) {
                // even when interrupted: the caller goes on to close the store, which must not happen
                // under a plugin's onUnload (the first close is bounded by the unload grace)
                Uninterruptibly.await(terminated);
            }
            return;
        }
        closer = Thread.currentThread();
        try {
            // first: unloading every plugin to stop must not empty the commands Discord shows
            commandSync.close();
            List<LoadedPlugin> loaded = new ArrayList<>(plugins());
            java.util.Collections.reverse(loaded);
            loaded.forEach(p -> uninstall(p.pluginId()));
            runtimeBot.lifetime().close(options.unloadGrace());
            transport.close();
        } finally {
            inbound.close();
            terminated.countDown();
        }
    }
}
