package dev.cogbot.runtime;

import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.cluster.ClusterNode;
import dev.cogbot.runtime.cluster.ClusterPluginAdmin;
import dev.cogbot.runtime.cluster.PluginFolderScope;
import dev.cogbot.runtime.cluster.ClusterSettings;
import dev.cogbot.runtime.cluster.Leader;
import dev.cogbot.runtime.cluster.NodeInfo;
import dev.cogbot.runtime.commands.CommandLimits;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.control.BotControl;
import dev.cogbot.runtime.control.ControlServer;
import dev.cogbot.runtime.isolation.BusyTaskWatch;
import dev.cogbot.runtime.operations.BotMetrics;
import dev.cogbot.runtime.operations.HealthChecks;
import dev.cogbot.runtime.operations.OperationsServer;
import dev.cogbot.runtime.operations.OperationsSettings;
import dev.cogbot.runtime.plugins.DevBuilds;
import dev.cogbot.runtime.plugins.PluginAdminCog;
import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.LocalPluginAdmin;
import dev.cogbot.runtime.plugins.PluginAdmin;
import dev.cogbot.runtime.plugins.PluginCatalogue;
import dev.cogbot.runtime.plugins.WantedPlugins;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.scheduling.TimerQueue;
import dev.cogbot.runtime.scheduling.Uninterruptibly;
import dev.cogbot.runtime.slash.SlashSettings;
import dev.cogbot.runtime.storage.DataFolder;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.storage.StoreOptions;
import dev.cogbot.runtime.transport.Transport;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole bot, assembled: config, store, scheduler, runtime, plugins folder and transport. The
 * launcher runs one on the system clock and the console; tests run one on the real plugin JARs
 * with a clock they move.
 *
 * <pre>{@code
 * try (CogbotApp app = CogbotApp.start(BotPaths.under(home), config, new SystemTime(),
 *         () -> ConsoleTransport.forSystemConsole(null))) {
 *     app.awaitTermination();
 * }
 * }</pre>
 */
public final class CogbotApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CogbotApp.class);
    /** The setting: how long a plugin task may run without waiting before it is reported. */
    static final String BUSY_TASK_WARNING = "limits.busy-command-warning";
    static final Duration DEFAULT_BUSY_TASK_WARNING = Duration.ofSeconds(10);

    private final JdbcStore store;
    private final Scheduler scheduler;
    private final BotRuntime runtime;
    private final PluginHost plugins;
    private final PluginAdmin admin;
    private final PluginFolderWatcher watcher;
    private final ControlServer control;
    private final BusyTaskWatch busy;
    private final DevBuilds dev;
    /** The operations port, or null when it is off. */
    private final OperationsServer operations;
    /** This process as a node of its cluster; null when it runs on its own. */
    private final ClusterNode node;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private CogbotApp(JdbcStore store, Scheduler scheduler, BotRuntime runtime, PluginHost plugins, PluginAdmin admin,
                      PluginFolderWatcher watcher, ControlServer control, BusyTaskWatch busy, DevBuilds dev,
                      OperationsServer operations, ClusterNode node) {
        this.admin = admin;
        this.operations = operations;
        this.node = node;
        this.busy = busy;
        this.dev = dev;
        this.store = store;
        this.scheduler = scheduler;
        this.runtime = runtime;
        this.plugins = plugins;
        this.watcher = watcher;
        this.control = control;
    }

    /**
     * Opens the store, loads the plugins and connects the transport.
     *
     * @param transport makes the transport
     * @throws dev.cogbot.runtime.control.AlreadyRunningException if another bot runs on the data folder
     *         (checked first, so a second bot on a full disk is told this)
     * @throws dev.cogbot.runtime.control.AnotherUsersDataFolderException if the data folder is another
     *         user's, whose permissions keep this one out
     * @throws dev.cogbot.runtime.storage.DataFolderException if the data folder cannot be written (a full
     *         or read-only disk)
     * @throws dev.cogbot.runtime.storage.StorageException if the database cannot be opened
     */
    public static CogbotApp start(BotPaths paths, BotConfig config, TimerQueue time,
                                  Supplier<Transport> transport) {
        return start(paths, config, time, transport, Options.NONE);
    }

    /**
     * Makes the bot's transport once the store is open and, in a cluster, this process has joined
     * it: a cluster node's Discord transport takes its shards by lease.
     *
     * <pre>{@code
     * TransportFactory discord = node -> node
     *         .map(joined -> LeasedDiscordTransport.create(options, false, joined, time))
     *         .orElseGet(() -> new DiscordTransport(options));
     * }</pre>
     */
    @FunctionalInterface
    public interface TransportFactory {

        /** @param node this process as a node of its cluster; empty when it runs on its own */
        Transport create(Optional<ClusterNode> node);
    }

    /**
     * How {@code cogbot run} was asked to run beyond the config.
     *
     * @param dev           plugin builds to watch and reload (dev mode; see {@link DevBuilds}), or none
     * @param waitForTimers whether, when the console's input ends, the bot waits for the plugins'
     *                      scheduled work before it stops (see {@link BotRuntime#waitForTimersAtEndOfInput})
     */
    public record Options(List<Path> dev, boolean waitForTimers) {

        public static final Options NONE = new Options(List.of(), false);

        public Options {
            dev = List.copyOf(dev);
        }
    }

    /** {@link #start(BotPaths, BotConfig, TimerQueue, Supplier)}, run as {@code options} say. */
    public static CogbotApp start(BotPaths paths, BotConfig config, TimerQueue time,
                                  Supplier<Transport> transport, Options options) {
        return start(paths, config, time, node -> transport.get(), options);
    }

    /** {@link #start(BotPaths, BotConfig, TimerQueue, Supplier, Options)} with a transport that may join the cluster. */
    public static CogbotApp start(BotPaths paths, BotConfig config, TimerQueue time,
                                  TransportFactory transport, Options options) {
        // first, so a second bot on the same data folder is told so even on a full disk, and touches
        // neither the store nor the plugin cache; another user's data folder is refused here too
        ControlServer control = ControlServer.claim(paths.dataDir());
        try {
            // before all else writes there, so a full disk gets one line that says so
            DataFolder.requireWritable(paths.dataDir());
            return start(paths, config, time, transport, control, options);
        } catch (RuntimeException | Error e) {
            control.close();
            throw e;
        }
    }

    private static CogbotApp start(BotPaths paths, BotConfig config, TimerQueue time,
                                   TransportFactory transport, ControlServer control,
                                   Options launch) {
        // what is open so far, closed newest first if a later step fails: an app that failed to start
        // must not keep the database open or the scheduler's threads running in an embedding JVM
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            // first: a wrong value is told before anything is opened
            OperationsSettings operationsSettings = OperationsSettings.from(config);
            String jdbcUrl = config.jdbcUrl(paths.dataDir());
            // before the store opens: cluster.enabled=true on the embedded database is one line, nothing opened
            Optional<ClusterSettings> clusterSettings = ClusterSettings.from(config, jdbcUrl);
            PluginFolderScope folderScope = PluginFolderScope.from(config);
            StoreOptions storeOptions = config.storeOptions();
            // with the port on, the store's pools report to the metrics, and the bot is handed the store timed
            BotMetrics metrics = operationsSettings.enabled() ? new BotMetrics() : null;
            JdbcStore store = opened(opened, JdbcStore.open(jdbcUrl, config.jdbcPassword(),
                    metrics == null ? storeOptions : storeOptions.withPoolMetrics(metrics.pools())));
            Storage botStore = metrics == null ? store : metrics.timed(store);
            Scheduler scheduler = opened(opened, new Scheduler(time));
            ClusterNode node = clusterSettings.map(settings -> opened(opened, joinCluster(settings, store, scheduler)))
                    .orElse(null);
            RuntimeOptions options = RuntimeOptions.defaults()
                    .withPrefix(config.prefix())
                    .withOwners(config.owners())
                    .withUnloadGrace(config.duration("unload-grace", Duration.ofSeconds(5)))
                    .withSettings(config::forPlugin)
                    .withLimits(commandLimits(config))
                    .withSlash(SlashSettings.from(config))
                    .withLeader(node != null ? node : Leader.ALONE);
            BotRuntime runtime = opened(opened, new BotRuntime(transport.create(Optional.ofNullable(node)), scheduler, botStore,
                    JdbcTimerStore.on(store), options));
            PluginHost host = opened(opened, new PluginHost(new PluginCatalogue(paths.pluginsDir()),
                    paths.dataDir().resolve("plugin-cache"), runtime, WantedPlugins.in(paths.dataDir())));
            // every door to the plugins goes through this one; in a cluster it asks every node
            ClusterPluginAdmin cluster = node == null ? null : opened(opened, ClusterPluginAdmin.prepare(
                    clusterSettings.orElseThrow(), store.dataSource(), scheduler, host, WantedPlugins.in(paths.dataDir())));
            PluginAdmin admin = cluster == null ? new LocalPluginAdmin(host) : cluster;
            runtime.describePluginsWith(() -> admin.list().lines());
            Transport chat = runtime.transport();
            host.onEvent(event -> {
                chat.notice(event.line());
                if (node != null) {
                    node.pluginsChanged();
                }
            });
            OperationsServer operations = null;
            if (metrics != null) {
                runtime.dispatcher().observe(metrics.commands());
                runtime.observeFailures(metrics.pluginFailures());
                host.onEvent(metrics::pluginEvent);
                metrics.watch(runtime);
                // before the plugins load: an orchestrator sees a live bot that is not ready yet
                operations = opened(opened, OperationsServer.start(operationsSettings, config,
                        new HealthChecks(runtime, store), metrics));
            }
            if (!Files.isDirectory(paths.pluginsDir())) {
                log.warn("No plugins folder at {}: the bot starts with its built-in commands only", paths.pluginsDir());
            }
            runtime.installBuiltIn(new PluginAdminCog(admin), true);
            if (launch.waitForTimers()) {
                runtime.waitForTimersAtEndOfInput();
            }
            // before the start: what is built already loads with the other plugins
            DevBuilds dev = launch.dev().isEmpty() ? null : opened(opened, DevBuilds.stage(host, scheduler, launch.dev()));
            List<String> started = host.startAll();
            log.info("Plugins running: {}", started);
            if (node != null) {
                node.reportPlugins(cluster::running);
                cluster.listen();
            }
            PluginAdmin folderAdmin = cluster != null && folderScope == PluginFolderScope.NODE ? cluster.local() : admin;
            PluginFolderWatcher watcher = opened(opened, PluginFolderWatcher.start(host, folderAdmin, scheduler,
                    config.duration("plugin-folder-settle", PluginFolderWatcher.DEFAULT_SETTLE)));
            if (dev != null) {
                dev.watch(watcher);
            }
            BusyTaskWatch busy = opened(opened, config.durationOrOff(BUSY_TASK_WARNING, DEFAULT_BUSY_TASK_WARNING)
                    .map(limit -> BusyTaskWatch.start(limit, runtime::pluginTasks, scheduler))
                    .orElseGet(BusyTaskWatch::off));
            // before the transport: once the bot is ready, 'cogbot status' and the like reach it
            control.serve(BotControl.of(admin, host, runtime, store, busy));
            // the transport could fail to connect here (a wrong token, say)
            runtime.start();
            return new CogbotApp(store, scheduler, runtime, host, admin, watcher, control, busy, dev, operations, node);
        } catch (RuntimeException | Error e) {
            closeNewestFirst(opened, e);
            throw e;
        }
    }

    /** Joins on the store's database, whose opening already made and upgraded the cluster's tables. */
    private static ClusterNode joinCluster(ClusterSettings settings, JdbcStore store, Scheduler scheduler) {
        return ClusterNode.join(settings, store.dataSource(), scheduler,
                NodeInfo.starting(settings.nodeId(), RuntimeVersion.version(), scheduler.now()));
    }


    private static CommandLimits commandLimits(BotConfig config) {
        CommandLimits defaults = CommandLimits.DEFAULTS;
        return new CommandLimits(
                config.wholeNumber("limits.burst-per-user", defaults.burstPerUser(), 1),
                config.wholeNumber("limits.per-second-per-user", defaults.perSecondPerUser(), 1),
                config.wholeNumber("limits.commands-per-user", defaults.runningPerUser(), 1),
                config.wholeNumber("limits.queued-per-user", defaults.queuedPerUser(), 0),
                config.duration("limits.notice-interval", defaults.noticeInterval()),
                config.duration("limits.slot-held-while-waiting", defaults.slotHeldWhileWaiting()),
                config.duration("limits.queued-at-most", defaults.queuedAtMost()));
    }

    private static <C extends AutoCloseable> C opened(Deque<AutoCloseable> opened, C resource) {
        opened.push(resource);
        return resource;
    }

    private static void closeNewestFirst(Deque<AutoCloseable> opened, Throwable failure) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception | Error e) {
                failure.addSuppressed(e);
            }
        }
    }

    public BotRuntime runtime() {
        return runtime;
    }

    public PluginHost plugins() {
        return plugins;
    }

    /** The one door for plugin operations and the plugin listing, as chat, the CLI and the folder use it. */
    public PluginAdmin admin() {
        return admin;
    }

    /** The watch on plugin tasks that run without waiting. */
    public BusyTaskWatch busyTasks() {
        return busy;
    }

    public PluginFolderWatcher folderWatcher() {
        return watcher;
    }

    /** Where the operations port listens (health and metrics), if {@code operations.port} is set. */
    public Optional<InetSocketAddress> operationsAddress() {
        return Optional.ofNullable(operations).map(OperationsServer::address);
    }

    /** Blocks until the bot stops by itself (the console's input ended) or is closed. */
    public void awaitTermination() throws InterruptedException {
        runtime.awaitTermination();
    }

    /**
     * Stops everything: plugins (their unload callbacks run), transport, scheduler, store. A second
     * call, from a signal's shutdown hook say, returns once the first has finished.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            Uninterruptibly.await(closed);
            return;
        }
        try {
            if (operations != null) {
                // first: a stopping bot is neither live nor ready
                operations.close();
            }
            control.close();
            if (admin instanceof ClusterPluginAdmin cluster) {
                // before the node leaves: it no longer hears nor answers the others' plugin operations
                cluster.close();
            }
            if (node != null) {
                // first: the others see this node leave, and one of them leads, while it stops
                node.close();
            }
            busy.close();
            if (dev != null) {
                dev.stopWatching();
            }
            watcher.close();
            // the runtime first: if it is already closing itself (the console's input ended), this
            // waits for that, so PF4J never drops a class loader under a plugin's onUnload
            runtime.close();
            plugins.close();
            scheduler.close();
            store.close();
            if (dev != null) {
                // last: the plugins it staged are stopped, and the plugins folder is left as it was
                dev.close();
            }
        } finally {
            closed.countDown();
        }
    }

}
