package dev.cogbot.runtime.bot;

import dev.cogbot.api.event.Event;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.runtime.scheduling.Park;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks waiting for an event: a message, a reaction, anything a {@code waitFor} names. A wait for one
 * user's next message in one channel — the common case, and the one that can number in the hundreds
 * of thousands — is found by key, so an arriving message looks only at the waits it could satisfy.
 */
final class EventWaiters {

    private static final Logger log = LoggerFactory.getLogger(EventWaiters.class);

    /** Where and from whom a {@link MessageReceived} must come. */
    record Key(String channelId, String authorId) {
    }

    /**
     * One wait.
     *
     * @param type what it waits for
     * @param key  for a wait on a message, the channel and author it must come from; else {@code null}
     */
    record Waiter(Class<? extends Event> type, Key key, Predicate<Event> check, Park<Event> park) {
    }

    private final ConcurrentHashMap<Key, Set<Waiter>> keyed = new ConcurrentHashMap<>();
    private final Set<Waiter> unkeyed = ConcurrentHashMap.newKeySet();

    void add(Waiter waiter) {
        if (waiter.key() == null) {
            unkeyed.add(waiter);
        } else {
            keyed.computeIfAbsent(waiter.key(), k -> ConcurrentHashMap.newKeySet()).add(waiter);
        }
    }

    void remove(Waiter waiter) {
        if (waiter.key() == null) {
            unkeyed.remove(waiter);
        } else {
            keyed.computeIfPresent(waiter.key(), (k, set) -> {
                set.remove(waiter);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Hands {@code event} to every wait for its type whose check it passes. */
    void offer(Event event) {
        if (event instanceof MessageReceived received) {
            Set<Waiter> candidates = keyed.get(new Key(received.message().channel().id(), received.message().author().id()));
            if (candidates != null) {
                candidates.forEach(w -> tryWake(w, event));
            }
        }
        for (Waiter waiter : unkeyed) {
            if (waiter.type().isInstance(event)) {
                tryWake(waiter, event);
            }
        }
    }

    /** Fails every wait with {@code error}. */
    void failAll(RuntimeException error) {
        keyed.values().forEach(set -> set.forEach(w -> w.park().fail(error)));
        unkeyed.forEach(w -> w.park().fail(error));
    }

    /** Whether no wait is pending, so an event runs no plugin's check. */
    boolean isEmpty() {
        return unkeyed.isEmpty() && keyed.isEmpty();
    }

    int size() {
        return unkeyed.size() + keyed.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Wakes {@code waiter} with {@code event} if it passes the wait's check. A check that throws ends
     * its wait with what it threw, as discord.py's {@code wait_for} does: the plugin's waiting task
     * gets it (and logs it if it lets it pass), and the event goes on to the other waits and listeners.
     */
    private static void tryWake(Waiter waiter, Event event) {
        if (waiter.park().isDone()) {
            return; // woken already, by an earlier event or by its timeout
        }
        boolean matches;
        try {
            matches = waiter.check().test(event);
        } catch (RuntimeException | Error thrown) {
            if (thrown instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            log.debug("A wait's check threw on {}; the wait ends with it", event.getClass().getSimpleName());
            waiter.park().fail(thrown);
            return;
        }
        if (matches) {
            waiter.park().complete(event);
        }
    }
}
