package dev.cogbot.testkit;

import dev.cogbot.api.Store;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link Store} that forgets everything when dropped; share one between bots to simulate a restart. */
public final class InMemoryStore implements Store {

    private final ConcurrentHashMap<String, Long> counters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    @Override
    public long add(String counter, long delta) {
        return counters.merge(counter, delta, Long::sum);
    }

    @Override
    public long counter(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
