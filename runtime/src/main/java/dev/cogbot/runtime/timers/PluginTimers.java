package dev.cogbot.runtime.timers;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Timer;
import dev.cogbot.api.TimerHandler;
import dev.cogbot.api.Timers;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.scheduling.PluginFailures;
import dev.cogbot.runtime.transport.ChannelRef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plugin's {@link Timers}: the {@link TimerStore} says which timers exist; this arms those whose
 * kind has a handler on the plugin's {@link Lifetime}, so that unloading the plugin disarms them all
 * while they stay stored for its next load.
 *
 * <p>Nothing fires before {@link #start()}, which the runtime calls once every cog's {@code onLoad}
 * has returned: the timers that came due while the plugin was away then fire one after the other,
 * in due order, whichever cog registered their handler, as soon as the bot is ready to talk.
 */
public final class PluginTimers implements Timers {

    private static final Logger log = LoggerFactory.getLogger(PluginTimers.class);

    private final String pluginId;
    private final Lifetime lifetime;
    private final TimerStore store;
    private final TimerChannels channels;
    private final Runnable awaitReady;
    private final Map<String, TimerHandler> handlers = new ConcurrentHashMap<>();
    /** The timers waiting for their instant or firing now, by name; removed when done, cancelled or replaced. */
    private final Map<String, Armed> armed = new ConcurrentHashMap<>();
    /** Makes a change to the store and to what is armed one step, so both always agree. */
    private final ReentrantLock arming = new ReentrantLock();
    private boolean started; // guarded by arming

    /**
     * @param channels   how a timer's channel is kept
     * @param awaitReady blocks until the bot is ready to talk, or throws
     *                   {@link CommandCancelled} if the plugin stops meanwhile: handlers send messages,
     *                   and timers that came due while the bot was down are armed before it connects
     */
    public PluginTimers(String pluginId, Lifetime lifetime, TimerStore store, TimerChannels channels, Runnable awaitReady) {
        this.pluginId = pluginId;
        this.lifetime = lifetime;
        this.store = store;
        this.channels = channels;
        this.awaitReady = awaitReady;
        // at unload: nothing of the plugin stays reachable from here, and nothing more fires
        lifetime.own(new Cancellable() {
            private volatile boolean cancelled;

            @Override
            public void cancel() {
                cancelled = true;
                handlers.clear();
                armed.clear();
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        });
    }

    /** One scheduling of a timer, armed: {@code countdown} is set once it is handed to the clock. */
    private static final class Armed {
        final long generation;
        volatile Cancellable countdown;

        Armed(long generation) {
            this.generation = generation;
        }
    }

    @Override
    public Timer schedule(String name, Instant due, String payload) {
        return schedule(name, due, payload, (ChannelRef) null);
    }

    @Override
    public Timer schedule(String name, Instant due, String payload, Channel channel) {
        Objects.requireNonNull(channel, "channel (schedule without one for none)");
        return schedule(name, due, payload, channels.refOf(channel));
    }

    private Timer schedule(String name, Instant due, String payload, ChannelRef channel) {
        TimerLimits.checkName(name);
        Objects.requireNonNull(due, "due");
        TimerLimits.checkPayload(name, payload);
        requireOpen();
        // the store keeps milliseconds: the handler sees what was stored, before and after a restart
        StoredTimer stored = new StoredTimer(pluginId, ThreadLocalRandom.current().nextLong(), name,
                due.truncatedTo(ChronoUnit.MILLIS), payload, channel);
        arming.lock();
        try {
            store.put(stored);
            disarm(name);
            if (started && handlers.containsKey(stored.kind())) {
                arm(List.of(stored));
            }
        } finally {
            arming.unlock();
        }
        return timerOf(stored);
    }

    /** What the plugin sees of a stored timer. */
    private Timer timerOf(StoredTimer stored) {
        return new Timer(stored.name(), stored.due(), stored.payload(), stored.boundChannel().map(channels::channelOf));
    }

    @Override
    public boolean cancel(String name) {
        TimerLimits.checkName(name);
        requireOpen();
        arming.lock();
        try {
            disarm(name);
            return store.remove(pluginId, name);
        } finally {
            arming.unlock();
        }
    }

    @Override
    public Optional<Timer> get(String name) {
        TimerLimits.checkName(name);
        return pending().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Override
    public List<Timer> pending() {
        return store.pending(pluginId).stream().map(this::timerOf).toList();
    }

    @Override
    public List<Timer> pending(String kind) {
        TimerLimits.checkKind(kind);
        return pending().stream().filter(t -> t.kind().equals(kind)).toList();
    }

    @Override
    public void onFire(String kind, TimerHandler handler) {
        TimerLimits.checkKind(kind);
        Objects.requireNonNull(handler, "handler");
        requireOpen();
        arming.lock();
        try {
            if (handlers.putIfAbsent(kind, handler) != null) {
                throw new IllegalStateException("plugin " + pluginId + " already has a handler for timers of kind '"
                        + kind + "': register one handler per kind, in onLoad");
            }
            if (started) {
                arm(store.pending(pluginId).stream().filter(t -> t.kind().equals(kind)).toList());
            }
        } finally {
            arming.unlock();
        }
    }

    /**
     * Arms the plugin's stored timers whose kind has a handler: the overdue ones fire now, one after
     * the other in due order, the others when they are due. Called once the plugin's cogs are loaded.
     */
    public void start() {
        arming.lock();
        try {
            if (started || lifetime.isClosed()) {
                return;
            }
            started = true;
            List<StoredTimer> stored = store.pending(pluginId);
            arm(stored.stream().filter(t -> handlers.containsKey(t.kind())).toList());
            warnOfDueTimersWithoutHandler(stored);
        } finally {
            arming.unlock();
        }
    }

    /** Under {@link #arming}: hands {@code timers} (in due order) to the plugin's lifetime. */
    private void arm(List<StoredTimer> timers) {
        Instant now = lifetime.scheduler().now();
        List<StoredTimer> overdue = new ArrayList<>();
        for (StoredTimer timer : timers) {
            Armed entry = new Armed(timer.generation());
            // in the map before the clock has it, so that a countdown ending at once finds it
            armed.put(timer.name(), entry);
            Instant due = timer.due();
            if (due.isAfter(now)) {
                entry.countdown = lifetime.schedule("timer " + timer.name(), Duration.between(now, due), () -> fire(timer));
            } else {
                overdue.add(timer);
            }
        }
        if (!overdue.isEmpty()) {
            // one thread for all of them: they fire in due order, not all at once
            lifetime.spawn("overdue timers", () -> overdue.forEach(this::fire));
        }
    }

    /** Under {@link #arming}: forgets the armed scheduling of {@code name}, if any. */
    private void disarm(String name) {
        Armed entry = armed.remove(name);
        if (entry != null && entry.countdown != null) {
            entry.countdown.cancel();
            lifetime.release(entry.countdown);
        }
    }

    /** On a thread of the plugin: runs the handler of {@code timer}, unless it was cancelled or replaced meanwhile. */
    private void fire(StoredTimer timer) {
        Armed entry = armed.get(timer.name());
        TimerHandler handler = handlers.get(timer.kind());
        if (entry == null || entry.generation != timer.generation() || handler == null) {
            return;
        }
        try {
            awaitReady.run();
        } catch (CommandCancelled stopping) {
            // the plugin stopped before the bot was ready: the timer fires at its next load
            return;
        }
        // cancelled or replaced while waiting for the bot
        if (armed.get(timer.name()) != entry) {
            return;
        }
        try {
            handler.fire(timerOf(timer));
        } catch (RuntimeException failure) {
            if (lifetime.isClosed()) {
                // cut short by the unload: kept, so it fires again at the plugin's next load
                log.info("Timer {} of plugin {} was cut short by the unload; it fires again when the plugin loads",
                        timer.name(), pluginId);
                return;
            }
            if (failure instanceof CommandCancelled) {
                log.warn("Timer {} of plugin {} was cancelled by its handler: {}; it is dropped",
                        timer.name(), pluginId, failure.getMessage());
            } else {
                log.warn("Timer {} of plugin {} failed, and is dropped (a handler that wants a retry schedules"
                        + " it again)", timer.name(), pluginId, failure);
                lifetime.failed(PluginFailures.Kind.TIMER);
            }
        }
        finish(timer, entry);
    }

    /** Deletes a timer whose handler ended, unless it was rescheduled meanwhile. */
    private void finish(StoredTimer timer, Armed entry) {
        armed.remove(timer.name(), entry);
        try {
            store.removeFired(timer);
        } catch (RuntimeException e) {
            log.warn("Timer {} of plugin {} fired but could not be deleted ({}); it fires again after a restart",
                    timer.name(), pluginId, e.getMessage());
        }
    }

    private void warnOfDueTimersWithoutHandler(List<StoredTimer> stored) {
        Instant now = lifetime.scheduler().now();
        Map<String, Long> orphans = stored.stream()
                .filter(t -> !t.due().isAfter(now) && !handlers.containsKey(t.kind()))
                .collect(Collectors.groupingBy(StoredTimer::kind, TreeMap::new, Collectors.counting()));
        orphans.forEach((kind, count) -> log.warn("Plugin {} has {} due timer(s) of kind '{}' and no handler for them;"
                + " they wait until it registers one (bot.timers().onFire(\"{}\", ...))", pluginId, count, kind, kind));
    }

    private void requireOpen() {
        if (lifetime.isClosed()) {
            throw new CommandCancelled("plugin " + pluginId + " is stopping");
        }
    }
}
