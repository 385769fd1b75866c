package dev.cogbot.testkit;

import dev.cogbot.api.Store;
import dev.cogbot.runtime.storage.StoreLimits;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Store} that forgets everything when dropped; share one between bots to simulate a restart.
 * It refuses the names and values the bot's database refuses, so a test meets production's limits.
 */
public final class InMemoryStore implements Store {

    private final ConcurrentHashMap<String, Long> counters = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    @Override
    public long add(String counter, long delta) {
        StoreLimits.checkName(counter);
        return counters.merge(counter, delta, Long::sum);
    }

    @Override
    public long counter(String counter) {
        StoreLimits.checkName(counter);
        return counters.getOrDefault(counter, 0L);
    }

    @Override
    public Optional<String> get(String key) {
        StoreLimits.checkName(key);
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        StoreLimits.checkName(key);
        StoreLimits.checkValue(key, value);
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        StoreLimits.checkName(key);
        values.remove(key);
    }
}
