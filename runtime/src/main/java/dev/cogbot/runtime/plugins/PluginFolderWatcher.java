package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the plugins folder: a JAR dropped in is loaded, a deleted one unloaded, a replaced one
 * reloaded. Changes settle first — every change restarts a short quiet period on the bot's clock —
 * so a burst of changes becomes one action, and a JAR that is still being copied (unreadable, or
 * still changing) is left until it is whole. Other files are ignored.
 */
public final class PluginFolderWatcher implements AutoCloseable {

    /** How long the folder must be quiet before the watcher acts. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(750);

    private static final Logger log = LoggerFactory.getLogger(PluginFolderWatcher.class);

    private final PluginHost host;
    private final PluginAdmin admin;
    private final Scheduler scheduler;
    private final Duration settle;
    private final WatchService watchService;
    private final Thread watcher;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Held for a whole reconcile: one that starts while another is still loading a plugin would read
     * the folder as of before that load and do it again.
     */
    private final ReentrantLock reconciling = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Map<String, String> lastSeen; // file name -> fingerprint, as of the last reconcile
    private Cancellable pending;
    private long noticed;
    private final java.util.ArrayDeque<String> recentlySeen = new java.util.ArrayDeque<>();

    private PluginFolderWatcher(PluginHost host, PluginAdmin admin, Scheduler scheduler, Duration settle)
            throws IOException {
        this.host = host;
        this.admin = admin;
        this.scheduler = scheduler;
        this.settle = settle;
        Path folder = host.pluginsDir();
        Files.createDirectories(folder);
        this.watchService = folder.getFileSystem().newWatchService();
        folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        this.lastSeen = snapshot();
        this.watcher = Thread.ofPlatform().name("cogbot-plugin-folder").daemon().start(this::watch);
    }

    /**
     * Starts watching {@code host}'s folder; what is there now counts as already handled. What it
     * finds is done through {@code admin}, as an owner's request would be.
     */
    public static PluginFolderWatcher start(PluginHost host, PluginAdmin admin, Scheduler scheduler, Duration settle) {
        try {
            return new PluginFolderWatcher(host, admin, scheduler, settle);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the plugins folder " + host.pluginsDir() + ": " + e.getMessage(), e);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                boolean jarChanged = false;
                List<String> names = new ArrayList<>();
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    boolean overflow = event.kind() == StandardWatchEventKinds.OVERFLOW;
                    if (overflow || (context instanceof Path file && isJar(file))) {
                        jarChanged = true;
                    }
                    if (context instanceof Path file) {
                        names.add(file.getFileName().toString());
                    }
                }
                key.reset();
                if (jarChanged) {
                    scheduleReconcile();
                }
                seen(names);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            log.debug("Stopped watching {}", host.pluginsDir());
        }
    }

    /** (Re)starts the quiet period; the last change wins. */
    private void scheduleReconcile() {
        lock.lock();
        try {
            if (pending != null) {
                pending.cancel();
            }
            pending = scheduler.schedule(settle, () -> scheduler.spawn("plugin folder", this::reconcile));
            noticed++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the watcher has noticed more than {@code alreadyNoticed} changes, or {@code max}
     * (real time) has passed; for tests, which then move the bot's clock past the quiet period.
     *
     * @return how many changes it has noticed in all
     */
    public long awaitNoticed(long alreadyNoticed, Duration max) throws InterruptedException {
        lock.lock();
        try {
            long nanos = max.toNanos();
            while (noticed <= alreadyNoticed && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return noticed;
        } finally {
            lock.unlock();
        }
    }

    private void seen(List<String> names) {
        lock.lock();
        try {
            recentlySeen.addAll(names);
            while (recentlySeen.size() > 64) {
                recentlySeen.removeFirst();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the watcher has handled an event for a file named {@code fileName} (any kind of
     * file), or {@code max} (real time) has passed. The file system reports a folder's events in
     * order, so once a test's marker file is seen, every change the test made before it has been
     * handled too, and moving the bot's clock then lets the quiet period end.
     *
     * @return whether it was seen in time
     */
    public boolean awaitSeen(String fileName, Duration max) throws InterruptedException {
        lock.lock();
        try {
            long nanos = max.toNanos();
            while (!recentlySeen.contains(fileName) && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return recentlySeen.contains(fileName);
        } finally {
            lock.unlock();
        }
    }

    /** How many changes it has noticed so far. */
    public long noticed() {
        lock.lock();
        try {
            return noticed;
        } finally {
            lock.unlock();
        }
    }

    /** Brings what runs in line with what is in the folder. */
    void reconcile() {
        reconciling.lock();
        try {
            reconcileAlone();
        } finally {
            reconciling.unlock();
        }
    }

    private void reconcileAlone() {
        Map<String, String> now = snapshot();
        Map<String, String> before;
        lock.lock();
        try {
            before = lastSeen;
        } finally {
            lock.unlock();
        }
        Map<String, PluginJar> readable = new LinkedHashMap<>();
        boolean stillCopying = false;
        for (Map.Entry<String, String> file : now.entrySet()) {
            if (file.getValue().equals(before.get(file.getKey()))) {
                continue; // unchanged since last time: nothing to do for it
            }
            try {
                readable.put(file.getKey(), PluginJar.inspect(host.pluginsDir().resolve(file.getKey())));
            } catch (PluginOperationException e) {
                if (!file.getValue().equals(PluginJar.fingerprint(host.pluginsDir().resolve(file.getKey())))) {
                    stillCopying = true; // it changed while we looked: wait for it to be whole
                } else {
                    log.error("Plugin folder: {}", e.getMessage());
                    // said, but not listed FAILED: to the watcher a copy stalled past the quiet
                    // period looks the same as a broken JAR, and it may yet be whole
                    host.refused(e.problem());
                }
            }
        }
        if (stillCopying) {
            scheduleReconcile();
            return;
        }
        unloadDeleted(now);
        readable.values().forEach(this::loadOrReload);
        lock.lock();
        try {
            lastSeen = now;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A running plugin whose file went: the next JAR of its id in the folder (an older version
     * beside it) takes over, else it is unloaded.
     */
    private void unloadDeleted(Map<String, String> now) {
        host.runningSources().forEach((id, source) -> {
            if (!now.containsKey(source.getFileName().toString())) {
                if (host.chosenFor(id).isPresent()) {
                    act("reload " + id, () -> admin.reload(id));
                } else {
                    act("unload " + id, () -> admin.unloadDeleted(id));
                }
            }
        });
    }

    /** A JAR that is new or changed: loaded or reloaded if it is the one of its id the folder runs. */
    private void loadOrReload(PluginJar jar) {
        Optional<PluginJar> chosen = host.chosenFor(jar.id());
        if (chosen.isEmpty() || !chosen.get().file().equals(jar.file())) {
            Path kept = chosen.map(PluginJar::file).orElse(jar.file());
            boolean waits = host.catalogue().runsDevBuildsFirst() && DevBuilds.isStaged(chosen.orElse(jar))
                    || PluginFolder.namedForItsVersion(jar) && PluginFolder.namedForItsVersion(chosen.orElse(jar));
            if (!waits) {
                // a second JAR of a plugin, not a version of it: running it would quietly pick one of the two
                PluginProblem duplicate = new PluginProblem.DuplicateId(jar.id(), jar.fileName(),
                        kept.getFileName().toString());
                log.error("Plugin folder: {}", duplicate.message());
                host.refused(jar.fileName(), duplicate);
            }
            return; // else an older version than the one that runs, or than a dev build: it waits
        }
        if (host.isRunning(jar.id())) {
            Path source = host.runningSources().get(jar.id());
            if (!source.equals(jar.file())
                    || !host.loadedFingerprint(jar.id()).orElse("").equals(jar.fingerprint())) {
                act("reload " + jar.id(), () -> admin.reload(jar.id()));
            }
        } else {
            act("load " + jar.fileName(), () -> admin.load(jar.fileName()));
        }
    }

    private static void act(String what, java.util.function.Supplier<PluginResult> operation) {
        PluginResult result;
        try {
            result = operation.get();
        } catch (RuntimeException e) {
            log.error("Plugin folder: could not {}: {}", what, OneLineReason.of(e), e);
            return;
        }
        switch (result.outcome()) {
            case PluginOutcome.Done done -> log.info("Plugin folder: {}", done.line());
            case PluginOutcome.Refused refused when PluginEvents.isAboutTheRequest(refused.problem()) ->
                    log.error("Plugin folder: could not {}: {}", what, refused.line());
            // the host logged it, with the plugin's stack trace if its code threw, and the listing has it
            case PluginOutcome.Refused refused -> log.debug("Plugin folder: could not {}: {}", what, refused.line());
            // cluster.plugin-folder=cluster: asked of every node, each answers for itself
            case PluginOutcome.AcrossCluster nodes -> nodes.lines().forEach(line -> log.info("Plugin folder: {}: {}",
                    what, line));
        }
    }

    private Map<String, String> snapshot() {
        Map<String, String> files = new HashMap<>();
        for (Path file : host.catalogue().jarFiles()) {
            files.put(file.getFileName().toString(), PluginJar.fingerprint(file));
        }
        return files;
    }

    private static boolean isJar(Path file) {
        return PluginFolder.isJar(file);
    }

    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("Closing the watch service: {}", e.toString());
        }
        watcher.interrupt();
        try {
            watcher.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            if (pending != null) {
                pending.cancel();
            }
        } finally {
            lock.unlock();
        }
    }
}
