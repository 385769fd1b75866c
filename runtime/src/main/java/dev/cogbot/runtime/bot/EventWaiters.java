package dev.cogbot.runtime.bot;

import dev.cogbot.api.Message;
import dev.cogbot.runtime.scheduling.Park;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks waiting for a message. A wait for one user's reply in one channel — the common case, and
 * the one that can number in the hundreds of thousands — is found by key, so an arriving message
 * looks only at the waits it could satisfy.
 */
final class MessageWaiters {

    private static final Logger log = LoggerFactory.getLogger(MessageWaiters.class);

    record Key(String channelId, String authorId) {
    }

    /** One wait; {@code key} is null for a wait that any message might satisfy. */
    record Waiter(Key key, Predicate<Message> check, Park<Message> park) {
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

    /** Hands {@code message} to every wait whose check it passes. */
    void offer(Message message) {
        Set<Waiter> candidates = keyed.get(new Key(message.channel().id(), message.author().id()));
        if (candidates != null) {
            candidates.forEach(w -> tryWake(w, message));
        }
        unkeyed.forEach(w -> tryWake(w, message));
    }

    /** Fails every wait with {@code error}. */
    void failAll(RuntimeException error) {
        keyed.values().forEach(set -> set.forEach(w -> w.park().fail(error)));
        unkeyed.forEach(w -> w.park().fail(error));
    }

    int size() {
        return unkeyed.size() + keyed.values().stream().mapToInt(Set::size).sum();
    }

    private static void tryWake(Waiter waiter, Message message) {
        boolean matches;
        try {
            matches = waiter.check().test(message);
        } catch (RuntimeException e) {
            log.warn("A wait's check failed on message {}; treating it as no match", message.id(), e);
            matches = false;
        }
        if (matches) {
            waiter.park().complete(message);
        }
    }
}
