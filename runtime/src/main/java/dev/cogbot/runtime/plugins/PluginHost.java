package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Cog;
import dev.cogbot.runtime.RuntimeVersion;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.LoadedPlugin;
import dev.cogbot.runtime.bot.UnloadReport;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.isolation.IsolatingClassLoader;
import dev.cogbot.runtime.scheduling.Stopping;
import dev.cogbot.runtime.isolation.IsolatingPluginLoader;
import dev.cogbot.runtime.isolation.PluginLeftovers;
import dev.cogbot.runtime.isolation.Zombie;
import dev.cogbot.runtime.isolation.Zombies;
import dev.cogbot.runtime.settings.BadSettingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs of the plugins folder: loading and unloading through PF4J (a reload is an unload and a
 * load that can be rolled back). What the folder holds, how the plugins depend on each other and
 * what failed is the {@link PluginCatalogue}'s; every door asks through {@link PluginAdmin}, not here.
 * Operations happen one at a time, and behave the same whoever asked:
 * <ul>
 *   <li>a JAR is read and checked (descriptor, runtime version, its classes as {@link PluginJarCheck}
 *       reads them, dependencies) before any of its classes load, and every refusal is a
 *       {@link PluginProblem} that says what to do;</li>
 *   <li>PF4J loads a private copy of the JAR, so the file in the folder can be replaced or deleted
 *       at any time, and a reload whose new version fails can put the old one back ({@link PluginCopies});</li>
 *   <li>unloading removes the plugin from the bot (its cogs' callbacks run, everything it started
 *       is cancelled), then closes its class loader and deletes the copy.</li>
 * </ul>
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    /** A running plugin: the JAR it came from, and the copy PF4J has open. */
    private record Running(PluginJar source, Path copy) {
    }

    private final PluginCatalogue catalogue;
    private final PluginCopies copies;
    private final BotRuntime runtime;
    private final WantedPlugins wanted;
    private final PluginManager manager;
    private final String runtimeVersion;
    private final ReentrantLock operations = new ReentrantLock();
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final Zombies zombies = new Zombies();
    private final PluginEvents events = new PluginEvents();
    private volatile PluginJarGate gate = PluginJarGate.OPEN;

    /**
     * @param cacheDir where PF4J's private copies of the JARs go; emptied at start
     */
    public PluginHost(Path pluginsDir, Path cacheDir, BotRuntime runtime, WantedPlugins wanted) {
        this(new PluginCatalogue(pluginsDir), cacheDir, runtime, wanted);
    }

    /**
     * @param catalogue the plugins folder it loads from, and where it records what failed
     * @param cacheDir  where PF4J's private copies of the JARs go; emptied at start
     */
    public PluginHost(PluginCatalogue catalogue, Path cacheDir, BotRuntime runtime, WantedPlugins wanted) {
        this(catalogue, cacheDir, runtime, wanted, RuntimeVersion.apiVersion());
    }

    PluginHost(PluginCatalogue catalogue, Path cacheDir, BotRuntime runtime, WantedPlugins wanted, String runtimeVersion) {
        this.catalogue = catalogue;
        this.copies = new PluginCopies(cacheDir);
        this.runtime = runtime;
        this.wanted = wanted;
        this.runtimeVersion = runtimeVersion;
        this.manager = new DefaultPluginManager(copies.dir()) {
            @Override
            protected PluginLoader createPluginLoader() {
                // every plugin class is checked as it loads: no plugin may end the bot
                return new IsolatingPluginLoader(this);
            }
        };
        manager.setSystemVersion(runtimeVersion);
    }

    /**
     * Where the {@link PluginEvent}s go: every load, reload, unload and refusal, whichever way it was
     * asked for. Set it before {@link #startAll()} to hear about the plugins loaded at start.
     */
    public void onEvent(Consumer<PluginEvent> listener) {
        events.listenWith(listener);
    }

    /**
     * Loads every plugin in the folder that an owner has not unloaded, dependencies first. A plugin
     * that cannot load is logged in one line and left out.
     *
     * @return the ids of the plugins running
     */
    public List<String> startAll() {
        operations.lock();
        try {
            copies.clear();
            List<PluginJar> pending = new ArrayList<>();
            for (PluginJar jar : catalogue.readable(runningFiles(), Optional.of(this::refused))) {
                if (wanted.isUnloaded(jar.id())) {
                    log.info("Plugin {} ({}) stays unloaded, as an owner asked; 'cogbot load {}' brings it back",
                            jar.id(), jar.fileName(), jar.id());
                } else {
                    pending.add(jar);
                }
            }
            // dependencies first: keep passing over what is left while something loads
            boolean progress = true;
            while (!pending.isEmpty() && progress) {
                progress = false;
                for (PluginJar jar : List.copyOf(pending)) {
                    if (PluginGraph.of(runningDescriptors()).missingFor(jar.descriptor()).isEmpty()) {
                        pending.remove(jar);
                        progress = true;
                        tryStart(jar);
                    }
                }
            }
            pending.forEach(this::tryStart);
            return List.copyOf(running.keySet());
        } finally {
            operations.unlock();
        }
    }

    private void tryStart(PluginJar jar) {
        try {
            start(jar);
            loaded(jar);
        } catch (PluginOperationException e) {
            catalogue.recordFailure(jar.fileName(), e.problem());
            refused(e);
        }
    }

    private void loaded(PluginJar jar) {
        emit(new PluginEvent.Loaded(jar.id(), jar.descriptor().getVersion(), jar.fileName()));
    }

    /**
     * Has {@code gate} check every JAR before it starts (a cluster's checksum); set it before
     * {@link #startAll()}. A JAR it refuses is listed FAILED with why.
     */
    public void checkJarsWith(PluginJarGate gate) {
        this.gate = java.util.Objects.requireNonNull(gate, "gate");
    }

    /** The plugins folder this host loads from. */
    public PluginCatalogue catalogue() {
        return catalogue;
    }

    /** Package-private for the folder watcher and dev mode: a JAR they could not read, said but not listed. */
    void refused(PluginProblem problem) {
        events.refused(problem);
    }

    /**
     * Package-private for the folder watcher: a readable JAR in the folder that it will not run (a
     * second JAR of a plugin). Said as every refusal is, and listed FAILED with why, as a failed
     * load is, so that a listing (and {@code cogbot install}) tells it from a JAR not tried yet.
     */
    void refused(String fileName, PluginProblem problem) {
        catalogue.recordFailure(fileName, problem);
        events.refused(problem);
    }

    private void refused(PluginOperationException e) {
        events.refused(e);
    }

    private void emit(PluginEvent event) {
        events.emit(event);
    }

    /**
     * Loads and starts a plugin given by id or by JAR file name in the plugins folder.
     *
     * @return one line saying what was loaded
     * @throws PluginOperationException with the reason it was not
     */
    public String load(String idOrFileName) {
        operations.lock();
        try {
            PluginJar jar = catalogue.locate(idOrFileName);
            Running current = running.get(jar.id());
            if (current != null && !current.source().fileName().equals(jar.fileName())) {
                // another file with a running plugin's id: "use reload" would reload the other file
                throw new PluginOperationException(
                        new PluginProblem.DuplicateId(jar.id(), jar.fileName(), current.source().fileName()));
            }
            if (current != null) {
                throw new PluginOperationException(new PluginProblem.AlreadyLoaded(jar.id(), current.source().fileName()));
            }
            try {
                start(jar);
            } catch (PluginOperationException e) {
                // listed as FAILED with why, whichever way the load was asked for (the folder watcher's too)
                catalogue.recordFailure(jar.fileName(), e.problem());
                refused(e);
                throw e;
            }
            wanted.markLoaded(jar.id());
            loaded(jar);
            return "loaded " + describe(jar.id());
        } finally {
            operations.unlock();
        }
    }

    /**
     * Unloads a plugin. If other plugins depend on it, it is refused unless {@code withDependants},
     * which unloads them first.
     *
     * @return one line saying what was unloaded, and anything that had to be forced
     */
    public String unload(String pluginId, boolean withDependants) {
        return unload(pluginId, withDependants, false);
    }

    /**
     * {@link #unload(String, boolean)}, for good if {@code forgetTimers}: the durable timers of every
     * plugin it unloads are deleted, where an unload otherwise keeps them for the plugin's next load.
     */
    public String unload(String pluginId, boolean withDependants, boolean forgetTimers) {
        operations.lock();
        try {
            requireRunning(pluginId);
            List<String> dependants = dependantsOf(pluginId);
            if (!dependants.isEmpty() && !withDependants) {
                throw new PluginOperationException(new PluginProblem.HasDependants(pluginId, dependants));
            }
            List<String> lines = new ArrayList<>();
            List<String> going = new ArrayList<>(dependants);
            going.add(pluginId);
            for (String id : going) {
                String version = running.get(id).source().descriptor().getVersion();
                lines.add(stop(id).summary());
                emit(new PluginEvent.Unloaded(id, version));
                wanted.markUnloaded(id);
                if (forgetTimers) {
                    lines.add("forgot " + runtime.forgetTimers(id) + " timer(s) of " + id);
                }
            }
            return String.join("; ", lines);
        } finally {
            operations.unlock();
        }
    }

    /**
     * Replaces a running plugin with what is in the folder now (the same file, or another file with
     * the same plugin id). If the new version fails, the old one is put back in service and the
     * failure is reported.
     */
    public String reload(String pluginId) {
        operations.lock();
        try {
            Running old = requireRunning(pluginId);
            PluginJar fresh = catalogue.currentSourceOf(old.source(), runningFiles());
            List<Running> dependants = new ArrayList<>();
            for (String dependant : dependantsOf(pluginId)) {
                dependants.add(running.get(dependant));
                stop(dependant, false);
            }
            stop(pluginId, false);
            try {
                start(fresh);
                PluginCopies.delete(old.copy());
                emit(new PluginEvent.Reloaded(pluginId, old.source().descriptor().getVersion(),
                        fresh.descriptor().getVersion(), fresh.fileName()));
                return "reloaded " + pluginId + " " + old.source().descriptor().getVersion()
                        + " -> " + describe(pluginId);
            } catch (PluginOperationException failure) {
                if (!fresh.fileName().equals(old.source().fileName())) {
                    // the new file is not running: the listing says why
                    catalogue.recordFailure(fresh.fileName(), failure.problem());
                }
                try {
                    startCopy(old.source(), old.copy());
                } catch (PluginOperationException restoreFailed) {
                    PluginCopies.delete(old.copy());
                    catalogue.recordFailure(old.source().fileName(), restoreFailed.problem());
                    PluginOperationException both = new PluginOperationException(new PluginProblem.StartFailed(
                            pluginId, fresh.fileName(), reasonOf(failure) + "; and version "
                            + old.source().descriptor().getVersion() + " could not be put back: "
                            + reasonOf(restoreFailed)), failure.getCause());
                    refused(both);
                    emit(new PluginEvent.Unloaded(pluginId, old.source().descriptor().getVersion()));
                    throw both;
                }
                PluginOperationException kept = new PluginOperationException(new PluginProblem.StartFailed(pluginId,
                        fresh.fileName(), reasonOf(failure) + "; version " + old.source().descriptor().getVersion()
                        + " is back in service"), failure.getCause());
                refused(kept);
                throw kept;
            } finally {
                restartDependants(dependants);
            }
        } finally {
            operations.unlock();
        }
    }

    /** A failure's reason alone: a start failure's message would repeat "plugin x (file) failed to start". */
    private static String reasonOf(PluginOperationException failure) {
        return switch (failure.problem()) {
            case PluginProblem.StartFailed failed -> failed.reason();
            case PluginProblem.BadSetting bad -> bad.reason();
            default -> failure.getMessage();
        };
    }

    /**
     * Unloads a plugin whose JAR was deleted from the folder. Unlike an owner's unload, this is not
     * remembered: a new version dropped in later must load, even across a restart.
     */
    public String unloadDeleted(String pluginId) {
        operations.lock();
        try {
            requireRunning(pluginId);
            List<String> dependants = dependantsOf(pluginId);
            if (!dependants.isEmpty()) {
                throw new PluginOperationException(new PluginProblem.HasDependants(pluginId, dependants));
            }
            String version = running.get(pluginId).source().descriptor().getVersion();
            String summary = stop(pluginId).summary();
            emit(new PluginEvent.Unloaded(pluginId, version));
            return summary;
        } finally {
            operations.unlock();
        }
    }

    /** Whether a plugin with this id is running. */
    public boolean isRunning(String pluginId) {
        operations.lock();
        try {
            return running.containsKey(pluginId);
        } finally {
            operations.unlock();
        }
    }

    /** The JAR file name each running plugin came from, by plugin id. */
    public Map<String, Path> runningSources() {
        Map<String, Path> sources = new LinkedHashMap<>();
        runningJars().forEach((id, jar) -> sources.put(id, jar.file()));
        return sources;
    }

    /** The JAR each running plugin came from (its file, descriptor and fingerprint), by plugin id. */
    public Map<String, PluginJar> runningJars() {
        operations.lock();
        try {
            Map<String, PluginJar> jars = new LinkedHashMap<>();
            running.forEach((id, r) -> jars.put(id, r.source()));
            return jars;
        } finally {
            operations.unlock();
        }
    }

    /** The fingerprint (size and time) of the file a running plugin was loaded from, when it was loaded. */
    Optional<String> loadedFingerprint(String pluginId) {
        operations.lock();
        try {
            return Optional.ofNullable(running.get(pluginId)).map(r -> r.source().fingerprint());
        } finally {
            operations.unlock();
        }
    }

    /** Every plugin running, then every JAR in the folder that is not, with why. */
    public List<PluginSummary> summaries() {
        operations.lock();
        try {
            List<PluginSummary> summaries = new ArrayList<>();
            running.forEach((id, r) -> summaries.add(new PluginSummary(id, r.source().descriptor().getVersion(),
                    "STARTED", commandsOf(id), r.source().fileName())));
            Set<String> runningNames = new java.util.HashSet<>();
            running.values().forEach(r -> runningNames.add(r.source().fileName()));
            summaries.addAll(catalogue.notRunning(runningNames));
            return summaries;
        } finally {
            operations.unlock();
        }
    }

    public Path pluginsDir() {
        return catalogue.dir();
    }

    /** Unloads every plugin, dependants before what they depend on. */
    @Override
    public void close() {
        operations.lock();
        try {
            List<String> ids = new ArrayList<>(running.keySet());
            Collections.reverse(ids);
            for (String id : ids) {
                if (running.containsKey(id)) {
                    stop(id);
                }
            }
        } finally {
            operations.unlock();
        }
    }

    // --- starting and stopping

    private void start(PluginJar jar) {
        // the same check an author's build runs: refusals stop here, the rest loads with the same line as a warning
        PluginJarCheck.Report report = PluginJarCheck.check(jar, runtimeVersion);
        report.throwFirstRefusal();
        catalogue.requireDependencies(jar, runningDescriptors());
        gate.check(jar);
        Path copy = copies.copyOf(jar);
        try {
            startCopy(jar, copy);
        } catch (PluginOperationException e) {
            PluginCopies.delete(copy);
            throw e;
        }
        catalogue.clearFailure(jar.fileName());
        report.warnings().forEach(warning -> log.warn("{}", warning.message()));
    }

    private void startCopy(PluginJar source, Path copy) {
        String id = source.id();
        String loadedId = manager.loadPlugin(copy);
        if (loadedId == null || manager.getPlugin(id) == null) {
            unloadFromPf4j(id);
            throw startFailed(source, "PF4J could not load it (the log has PF4J's reason)");
        }
        try {
            PluginState state = manager.startPlugin(id);
            if (state != PluginState.STARTED) {
                throw startFailed(source, "PF4J left it " + state);
            }
            runtime.install(id, cogsOf(source));
        } catch (PluginOperationException e) {
            unloadFromPf4j(id);
            throw e;
        } catch (BadSettingException e) {
            unloadFromPf4j(id);
            throw new PluginOperationException(new PluginProblem.BadSetting(id, source.fileName(), e.getMessage()), e);
        } catch (RuntimeException | LinkageError e) {
            unloadFromPf4j(id);
            // the plugin's own code threw (a cog's onLoad, say): its stack trace goes to the log too
            throw new PluginOperationException(new PluginProblem.StartFailed(source.id(), source.fileName(), OneLineReason.of(e)), e);
        }
        running.put(id, new Running(source, copy));
        log.info("Plugin {} {} running ({})", id, source.descriptor().getVersion(), source.fileName());
    }

    /** The plugin's cogs; a listed extension class that cannot load fails the start, naming the class. */
    private List<Cog> cogsOf(PluginJar source) {
        String id = source.id();
        // load the listed classes before PF4J does: PF4J would log a bare class name as an error of its own
        Set<String> listed = manager.getExtensionClassNames(id);
        ClassLoader loader = manager.getPluginClassLoader(id);
        for (String className : listed) {
            try {
                Class.forName(className, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw startFailed(source, "class " + className + " cannot be loaded: " + OneLineReason.of(e));
            }
        }
        // a plugin without cogs was warned about by PluginJarCheck before it loaded
        return manager.getExtensions(Cog.class, id);
    }

    private UnloadReport stop(String pluginId) {
        return stop(pluginId, true);
    }

    /**
     * Takes a plugin out of the bot and out of PF4J; {@code deleteCopy} false keeps its copy for a
     * rollback. What the plugin left behind is freed where it can be, and listed as zombies where not.
     */
    private UnloadReport stop(String pluginId, boolean deleteCopy) {
        Running entry = running.remove(pluginId);
        // one deadline for the whole unload: about twice the grace at most
        Stopping unload = Stopping.within(runtime.options().unloadGrace().multipliedBy(2));
        UnloadReport report = runtime.uninstall(pluginId, unload).orElse(UnloadReport.clean(pluginId));
        if (manager.getPlugin(pluginId) != null
                && manager.getPluginClassLoader(pluginId) instanceof IsolatingClassLoader loader) {
            PluginLeftovers leftovers = PluginLeftovers.sweep(loader, unload, threadsIn(report));
            if (!leftovers.zombies().isEmpty() || !leftovers.deregistered().isEmpty()) {
                report = report.with(leftovers.zombies(),
                        leftovers.deregistered().stream().map(driver -> "JDBC driver " + driver).toList());
                log.warn("Plugin {} left things behind at its unload: {}", pluginId, report.summary());
            }
        }
        zombies.add(report.zombies());
        unloadFromPf4j(pluginId);
        if (deleteCopy && entry != null) {
            PluginCopies.delete(entry.copy());
        }
        return report;
    }

    private static List<Thread> threadsIn(UnloadReport report) {
        return report.zombies().stream()
                .map(z -> z instanceof Zombie.StrayThread t ? t.thread().get() : null)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** What unloaded plugins left running or registered, still there now. */
    public List<Zombie> zombies() {
        return zombies.current();
    }

    /** Brings back, from their own copies, the plugins stopped for the reload of what they depend on. */
    private void restartDependants(List<Running> stopped) {
        List<Running> order = new ArrayList<>(stopped);
        Collections.reverse(order);
        for (Running dependant : order) {
            try {
                startCopy(dependant.source(), dependant.copy());
            } catch (PluginOperationException e) {
                PluginCopies.delete(dependant.copy());
                catalogue.recordFailure(dependant.source().fileName(), e.problem());
                log.error("After the reload, {}", e.getMessage(), e.getCause());
                events.refused(e.problem());
            }
        }
    }

    private void unloadFromPf4j(String pluginId) {
        try {
            if (manager.getPlugin(pluginId) != null) {
                manager.unloadPlugin(pluginId);
            }
        } catch (RuntimeException e) {
            log.warn("PF4J did not unload {} cleanly: {}", pluginId, e.toString());
        }
    }

    // --- checks

    /** Running plugins that need {@code pluginId}, directly or not, those furthest from it first. */
    private List<String> dependantsOf(String pluginId) {
        List<String> found = new ArrayList<>(PluginCatalogue.dependantsOf(pluginId, runningDescriptors()));
        Collections.reverse(found);
        return found;
    }

    private List<org.pf4j.PluginDescriptor> runningDescriptors() {
        return running.values().stream().map(r -> r.source().descriptor()).toList();
    }

    private Set<Path> runningFiles() {
        Set<Path> files = new java.util.HashSet<>();
        running.values().forEach(r -> files.add(r.source().file()));
        return files;
    }

    private Running requireRunning(String pluginId) {
        Running entry = running.get(pluginId);
        if (entry == null) {
            boolean inFolder = catalogue.holds(pluginId, runningFiles());
            throw new PluginOperationException(inFolder
                    ? new PluginProblem.NotLoaded(pluginId) : new PluginProblem.NoSuchPlugin(pluginId));
        }
        return entry;
    }

    // --- the folder

    /**
     * The JAR of plugin {@code pluginId} the folder would run now (see {@link PluginFolder#readable}),
     * read quietly: for the folder watcher, which reports the problems of the files it looks at.
     */
    Optional<PluginJar> chosenFor(String pluginId) {
        operations.lock();
        try {
            return catalogue.chosenFor(pluginId, runningFiles());
        } finally {
            operations.unlock();
        }
    }

    // --- descriptions

    private String describe(String pluginId) {
        Running entry = running.get(pluginId);
        List<String> commands = commandsOf(pluginId);
        return pluginId + " " + entry.source().descriptor().getVersion()
                + (commands.isEmpty() ? "" : " (commands: " + String.join(", ", commands) + ")");
    }

    private List<String> commandsOf(String pluginId) {
        return runtime.plugin(pluginId).map(LoadedPlugin::commands).orElse(List.of())
                .stream().map(CommandDefinition::name).toList();
    }

    private static PluginOperationException startFailed(PluginJar source, String reason) {
        return new PluginOperationException(new PluginProblem.StartFailed(source.id(), source.fileName(), reason));
    }
}
