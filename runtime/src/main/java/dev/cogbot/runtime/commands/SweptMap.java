package dev.cogbot.runtime.commands;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Per-member state kept only while it matters: every update also looks at the next few entries of
 * the map and removes those that no longer matter. The work per update is constant however many
 * members are kept (a raid by thousands of accounts costs each message the same), and since each
 * update sweeps more entries than it can add, everything stale is gone after a bounded number of
 * updates. Removal is atomic ({@link ConcurrentHashMap#remove(Object, Object)}): an entry updated
 * meanwhile is kept; values must be immutable, replaced by {@link #compute}, never changed in place.
 *
 * <pre>{@code
 * SweptMap<String, Instant> quietUntil = new SweptMap<>();
 * quietUntil.compute(memberId, (id, until) -> later, until -> !now.isBefore(until));
 * }</pre>
 */
final class SweptMap<K, V> {

    /** Entries looked at per update: more than the one an update can add, so the sweep keeps ahead. */
    private static final int SWEEP_STEP = 2;

    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    /** One sweeper at a time; an update that finds it busy skips its turn rather than wait. */
    private final ReentrantLock sweeping = new ReentrantLock();
    private Iterator<Map.Entry<K, V>> cursor;

    /**
     * Updates {@code key} as {@link ConcurrentHashMap#compute} does, then sweeps a few entries
     * that are {@code stale}.
     */
    V compute(K key, BiFunction<? super K, ? super V, ? extends V> update, Predicate<? super V> stale) {
        V value = entries.compute(key, update);
        sweep(stale);
        return value;
    }

    /** Forgets {@code key}. */
    void remove(K key) {
        entries.remove(key);
    }

    /** How many entries are kept right now. */
    int size() {
        return entries.size();
    }

    private void sweep(Predicate<? super V> stale) {
        if (!sweeping.tryLock()) {
            return;
        }
        try {
            for (int i = 0; i < SWEEP_STEP; i++) {
                if (cursor == null || !cursor.hasNext()) {
                    cursor = entries.entrySet().iterator();
                    if (!cursor.hasNext()) {
                        return;
                    }
                }
                Map.Entry<K, V> entry = cursor.next();
                V seen = entry.getValue();
                if (stale.test(seen)) {
                    entries.remove(entry.getKey(), seen);
                }
            }
        } finally {
            sweeping.unlock();
        }
    }
}
