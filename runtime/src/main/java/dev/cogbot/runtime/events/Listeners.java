package dev.cogbot.runtime.events;

import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.event.Event;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.scheduling.PluginFailures;
import dev.cogbot.runtime.scheduling.SerialLane;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every loaded cog's listeners, and the calling of them. A cog hears its events one at a time, in
 * the order they happened, across all its listeners (a poll counting add, remove, add with two
 * listeners sees them so), on a virtual thread of its plugin ({@link SerialLane}, one per cog):
 * whoever publishes only hands the event over, a slow cog holds up no other, and unloading the
 * plugin stops its call in progress and drops the events still waiting. A cog that falls behind
 * (more than {@link #UNFINISHED_PER_COG} calls unfinished) misses events until it catches up, with
 * a warning, so one stuck listener cannot pile up work without end.
 */
public final class Listeners {

    /** Calls of one cog's listeners unfinished (waiting, or the one running) before further events skip them. */
    public static final int UNFINISHED_PER_COG = 256;

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private final ReentrantLock writes = new ReentrantLock();
    private volatile List<Listener> all = List.of();

    /** Adds a cog's listeners; they get every event from now on. */
    public void add(List<Listener> listeners) {
        writes.lock();
        try {
            List<Listener> next = new ArrayList<>(all);
            next.addAll(listeners);
            all = List.copyOf(next);
        } finally {
            writes.unlock();
        }
    }

    /** Removes a cog's listeners; no event reaches them from now on, and those waiting are dropped (closing their shared lane). */
    public void remove(CogBinding cog) {
        List<Listener> removed;
        writes.lock();
        try {
            removed = all.stream().filter(l -> l.cog() == cog).toList();
            all = all.stream().filter(l -> l.cog() != cog).toList();
        } finally {
            writes.unlock();
        }
        removed.forEach(l -> l.lane().close());
    }

    /** Hands {@code event} to every listener that takes it, behind its cog's events before it, and returns at once. */
    public void dispatch(Event event) {
        for (Listener listener : all) {
            if (listener.takes(event)) {
                start(listener, event);
            }
        }
    }

    /** How many listeners are loaded. */
    public int size() {
        return all.size();
    }

    private void start(Listener listener, Event event) {
        if (listener.lane().offer(() -> call(listener, event))) {
            return;
        }
        if (listener.lane().isClosed()) {
            log.debug("{} arrived while plugin {} was stopping; not handed to {}", event.getClass().getSimpleName(),
                    listener.cog().pluginId(), listener.name());
            return;
        }
        long dropped = listener.dropped().incrementAndGet();
        if (Long.bitCount(dropped) == 1) {
            // 1, 2, 4, 8…: a stuck listener is reported, without a line per event
            log.warn("Listener {} of plugin {} has {} events unfinished in its cog; skipped {} event(s) so far ({} now)",
                    listener.name(), listener.cog().pluginId(), UNFINISHED_PER_COG, dropped,
                    event.getClass().getSimpleName());
        }
    }

    private static void call(Listener listener, Event event) {
        RuntimeException failure;
        try {
            listener.method().invoke(listener.cog().cog(), event);
            return;
        } catch (CommandCancelled stopping) {
            throw stopping;
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            throw e;
        } catch (Throwable checked) {
            failure = new UndeclaredThrowableException(checked, listener.name() + " threw " + checked);
        }
        handle(listener, event, failure);
    }

    /** The cog's error handling first; what it passes on is logged, naming plugin and listener. */
    private static void handle(Listener listener, Event event, RuntimeException failure) {
        try {
            listener.cog().cog().cogListenerError(event, failure);
        } catch (CommandCancelled stopping) {
            throw stopping;
        } catch (RuntimeException passedOn) {
            if (passedOn != failure) {
                passedOn.addSuppressed(failure);
            }
            log.warn("Listener {} of plugin {} failed on {}", listener.name(), listener.cog().pluginId(),
                    event.getClass().getSimpleName(), passedOn);
            listener.cog().bot().lifetime().failed(PluginFailures.Kind.LISTENER);
        }
    }
}
