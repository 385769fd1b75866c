package dev.cogbot.runtime.slash;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Store;
import dev.cogbot.runtime.cluster.Leader;
import dev.cogbot.runtime.cluster.LeadershipChange;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.commands.CommandRegistry;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.CommandScope;
import dev.cogbot.runtime.transport.Transport;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the slash commands Discord has in step with the commands loaded, with no manual step:
 * after the bot is ready and after every load, unload and reload, it asks Discord what is
 * registered and writes, in one bulk overwrite, only when that differs from what the bot wants.
 * Discord allows 200 command creates a day per scope, so a reload that changes no command writes
 * nothing.
 *
 * <ul>
 *   <li>Changes are gathered: a sync starts once no change has come for {@link #QUIET} (but at
 *       most {@link #MOST_DELAY} after the first), so three JARs dropped at once make one write.
 *       Syncs never overlap; changes that come during one bring one more after it.</li>
 *   <li>Only one process of a bot syncs: in a cluster the {@linkplain Leader leader}, which syncs
 *       as soon as it becomes leader (a node standing by without a shard, which could not write,
 *       never leads: see {@link dev.cogbot.runtime.cluster.ClusterNode}); otherwise the process whose transport
 *       {@linkplain Transport#registersCommands() registers commands} (on Discord, the one running
 *       shard 0).</li>
 *   <li>The scopes written are remembered in the runtime's store: those no longer wanted (after
 *       {@code discord.command-guilds} changed, or slash commands were turned off) are emptied.</li>
 *   <li>A failed sync never holds up a plugin operation (syncs run on their own thread): it is
 *       logged once, shown by {@link #status()}, and tried again later and less often, on the
 *       bot's clock.</li>
 * </ul>
 *
 * <pre>{@code
 * CommandSync sync = new CommandSync(transport, scheduler, registry, SlashSettings.DEFAULT, runtimeStore, Leader.ALONE);
 * sync.onReady();   // then after each change:
 * sync.request();
 * }</pre>
 */
public final class CommandSync implements AutoCloseable {

    /** How long after the last change a sync starts. */
    public static final Duration QUIET = Duration.ofSeconds(2);
    /** How long after the first of a run of changes a sync starts at the latest, however they keep coming. */
    public static final Duration MOST_DELAY = Duration.ofSeconds(15);
    /** The wait before the first retry of a failed sync; it doubles with each failure, up to {@link #MOST_BACKOFF}. */
    public static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
    public static final Duration MOST_BACKOFF = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(CommandSync.class);

    private final Transport transport;
    private final Scheduler scheduler;
    private final CommandRegistry registry;
    private final SlashSettings settings;
    private final WrittenScopes written;
    private final Leader leader;
    private final Cancellable leadershipWatch;
    private final ReentrantLock lock = new ReentrantLock();
    // guarded by lock
    private boolean ready;
    private boolean closed;
    private boolean running;
    private boolean again;
    private Cancellable timer;
    private Instant firstAsked;
    private Instant notBefore;
    private int failures;
    private Optional<Instant> lastWritten = Optional.empty();
    private volatile SyncStatus status;
    /** This run's last write to each scope; syncs never overlap, and the lock orders one after the other. */
    private final Map<CommandScope, Written> lastWrites = new ConcurrentHashMap<>();

    /** Commands written to a scope, and how Discord showed them right after. */
    private record Written(List<ApplicationCommand> commands, List<ApplicationCommand> shown) {
    }

    /**
     * @param runtimeStore the runtime's own store, where the scopes written are remembered
     * @param leader       in a cluster, whether this node leads (and so syncs); {@link Leader#ALONE} otherwise
     */
    public CommandSync(Transport transport, Scheduler scheduler, CommandRegistry registry, SlashSettings settings,
            Store runtimeStore, Leader leader) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.registry = registry;
        this.settings = settings;
        this.written = new WrittenScopes(runtimeStore);
        this.status = settings.enabled() ? new SyncStatus.Pending() : new SyncStatus.Off();
        this.leader = leader;
        // a new leader compares at once: the old one may have gone before it wrote the last change
        this.leadershipWatch = leader.onChange(change -> {
            switch (change) {
                case LeadershipChange.BecameLeader became -> request();
                case LeadershipChange.LostLeadership lost -> log.debug("Slash commands: no longer synced here, {}",
                        lost.reason());
            }
        });
    }

    /**
     * Whether this process writes the bot's slash commands: in a cluster, the leader (if its
     * transport has slash commands at all); otherwise the process that runs shard 0.
     */
    private boolean syncsHere() {
        return leader.inCluster() ? leader.isLeader() && transport.hasSlashCommands() : transport.registersCommands();
    }

    /**
     * Checks the commands of a plugin about to load against Discord's limits (unless slash commands
     * are off): called before they are added to the registry.
     *
     * @throws dev.cogbot.runtime.commands.CogDefinitionException naming what to change
     */
    public void checkAtLoad(List<CommandDefinition> plugin) {
        if (settings.enabled() && !plugin.isEmpty()) {
            SlashLimits.checkPlugin(plugin, registry.commands(), registry.converters());
        }
    }

    /** The slash commands the bot wants registered now; none when slash commands are off. */
    public List<ApplicationCommand> wanted() {
        return settings.enabled() ? CommandSpecs.of(registry.commands(), registry.converters()) : List.of();
    }

    /** The bot is connected (again): what Discord has is compared now, as it may have changed meanwhile. */
    public void onReady() {
        lock.lock();
        try {
            ready = true;
        } finally {
            lock.unlock();
        }
        request();
    }

    /** The commands changed (a load, unload or reload): a sync follows once the changes stop coming. */
    public void request() {
        if (!syncsHere()) {
            return;
        }
        lock.lock();
        try {
            if (closed || !ready) {
                return;
            }
            if (running) {
                again = true;
                return;
            }
            arm();
        } catch (RuntimeException e) {
            // a plugin operation goes on whatever becomes of the sync (the clock may be stopping with the bot)
            log.warn("Could not plan a slash command sync: {}", reason(e));
        } finally {
            lock.unlock();
        }
    }

    /** Where the slash commands stand, for {@code cogbot status}. */
    public SyncStatus status() {
        return syncsHere() ? status : new SyncStatus.NotHere(transport.name());
    }

    /** No sync starts from now on: the bot is stopping, and its plugins' unloads must not empty Discord's list. */
    @Override
    public void close() {
        leadershipWatch.cancel();
        lock.lock();
        try {
            closed = true;
            if (timer != null) {
                timer.cancel();
                timer = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sets the timer for the next sync: after the quiet period, within the most delay, never before a backoff ends. */
    private void arm() {
        Instant now = scheduler.now();
        if (firstAsked == null) {
            firstAsked = now;
        }
        Instant at = now.plus(QUIET);
        Instant latest = firstAsked.plus(MOST_DELAY);
        if (at.isAfter(latest)) {
            at = latest;
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            at = notBefore;
        }
        if (timer != null) {
            timer.cancel();
        }
        timer = scheduler.schedule(Duration.between(now, at), this::fire);
    }

    /** The timer's action: starts a sync on a thread of its own, as it waits for the network. */
    private void fire() {
        lock.lock();
        try {
            timer = null;
            if (closed) {
                return;
            }
            if (running) {
                again = true;
                return;
            }
            running = true;
            again = false;
            firstAsked = null;
        } finally {
            lock.unlock();
        }
        try {
            scheduler.spawnPlatform("cogbot-slash-sync", this::runOnce);
        } catch (RuntimeException e) {
            lock.lock();
            try {
                running = false;
            } finally {
                lock.unlock();
            }
            log.warn("Could not start a slash command sync: {}", reason(e));
        }
    }

    private void runOnce() {
        RuntimeException failure = null;
        try {
            syncNow();
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            running = false;
            if (failure != null) {
                failed(failure);
            } else {
                succeeded();
            }
            if (closed) {
                return;
            }
            if (failure != null) {
                timer = scheduler.schedule(Duration.between(scheduler.now(), notBefore), this::fire);
            } else if (again) {
                arm();
            }
        } finally {
            lock.unlock();
        }
    }

    /** One sync: each wanted scope compared and written if it differs, each scope no longer wanted emptied. */
    private void syncNow() {
        List<ApplicationCommand> wanted = wanted();
        Set<CommandScope> targets = settings.scopes();
        Set<CommandScope> remembered = written.load();
        Set<CommandScope> all = new LinkedHashSet<>(remembered);
        all.addAll(targets);
        if (!all.equals(remembered)) {
            // remembered before the write: were the bot to stop right after it, the next run still knows to clean up
            written.save(all);
        }
        boolean wrote = false;
        for (CommandScope scope : targets) {
            // as Discord keeps them there: a server's commands are for that server only, guildOnly or not
            List<ApplicationCommand> inScope = wanted.stream().map(command -> command.as(scope)).toList();
            List<ApplicationCommand> registered = transport.registeredCommands(scope);
            if (!upToDate(scope, registered, inScope)) {
                transport.overwriteCommands(scope, inScope);
                log.info("Slash commands ({}): wrote {} ({})", SyncStatus.describe(Set.of(scope)), inScope.size(),
                        SameCommands.changes(registered, inScope));
                wrote = true;
                noteHowShown(scope, inScope);
            }
        }
        for (CommandScope scope : all) {
            if (!targets.contains(scope)) {
                List<ApplicationCommand> left = transport.registeredCommands(scope);
                if (!left.isEmpty()) {
                    transport.overwriteCommands(scope, List.of());
                    log.info("Slash commands ({}): removed {}, as they are registered {} now", SyncStatus.describe(
                            Set.of(scope)), left.size(), targets.isEmpty() ? "nowhere"
                            : targets.contains(CommandScope.GLOBAL) ? "globally" : "in " + SyncStatus.describe(targets));
                    wrote = true;
                }
            }
        }
        if (!all.equals(targets)) {
            written.save(targets);
        }
        lock.lock();
        try {
            if (wrote) {
                lastWritten = Optional.of(scheduler.now());
            }
            status = settings.enabled() ? new SyncStatus.InSync(wanted.size(), targets, lastWritten) : new SyncStatus.Off();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether {@code registered} is {@code wanted}; or is what Discord showed right after this very
     * list was written, since it may show a command otherwise than it was written (a default filled
     * in, say, that the transport does not map back), and writing it again would change nothing but
     * use up one of the day's 200 writes, on every sync.
     */
    private boolean upToDate(CommandScope scope, List<ApplicationCommand> registered, List<ApplicationCommand> wanted) {
        if (SameCommands.same(registered, wanted)) {
            return true;
        }
        Written last = lastWrites.get(scope);
        return last != null && SameCommands.same(last.commands(), wanted) && SameCommands.same(last.shown(), registered);
    }

    /** Reads back what was just written, for {@link #upToDate}. */
    private void noteHowShown(CommandScope scope, List<ApplicationCommand> wanted) {
        List<ApplicationCommand> shown = transport.registeredCommands(scope);
        lastWrites.put(scope, new Written(wanted, shown));
        if (!SameCommands.same(shown, wanted)) {
            log.warn("Slash commands ({}): Discord shows them otherwise than they were written ({}); until they change,"
                    + " what it shows counts as written", SyncStatus.describe(Set.of(scope)),
                    SameCommands.changes(wanted, shown));
        }
    }

    private void succeeded() {
        if (failures > 0) {
            log.info("Slash commands are in sync again, after {} failed attempt(s)", failures);
        }
        failures = 0;
        notBefore = null;
    }

    private void failed(RuntimeException failure) {
        failures++;
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 16));
        if (backoff.compareTo(MOST_BACKOFF) > 0) {
            backoff = MOST_BACKOFF;
        }
        notBefore = scheduler.now().plus(backoff);
        String reason = reason(failure);
        status = new SyncStatus.Failed(reason, notBefore, failures);
        if (failures == 1) {
            log.warn("Slash command sync failed: {}; trying again in {}s, then less often until it works"
                    + " ('cogbot status' shows how it stands)", reason, backoff.toSeconds());
        } else {
            log.debug("Slash command sync failed again ({} attempts): {}", failures, reason);
        }
    }

    /** The failure in one line: its type and the first line of its message. */
    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return failure.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }
}
