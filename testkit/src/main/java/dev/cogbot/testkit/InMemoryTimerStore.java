package dev.cogbot.testkit;

import dev.cogbot.runtime.timers.StoredTimer;
import dev.cogbot.runtime.timers.TimerStore;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Durable timers that last as long as this object: share one between two {@link TestBot}s to
 * simulate a restart (see {@link TestBot.Builder#timers}).
 */
public final class InMemoryTimerStore implements TimerStore {

    private record Key(String pluginId, String name) {
    }

    private final ConcurrentHashMap<Key, StoredTimer> timers = new ConcurrentHashMap<>();

    @Override
    public void put(StoredTimer timer) {
        timers.put(new Key(timer.pluginId(), timer.name()), timer);
    }

    @Override
    public boolean remove(String pluginId, String name) {
        return timers.remove(new Key(pluginId, name)) != null;
    }

    @Override
    public boolean removeFired(StoredTimer fired) {
        return timers.remove(new Key(fired.pluginId(), fired.name()), fired);
    }

    @Override
    public List<StoredTimer> pending(String pluginId) {
        return timers.values().stream()
                .filter(t -> t.pluginId().equals(pluginId))
                .sorted(Comparator.comparing(StoredTimer::due).thenComparing(StoredTimer::name))
                .toList();
    }

    @Override
    public int removeAll(String pluginId) {
        int before = timers.size();
        timers.keySet().removeIf(key -> key.pluginId().equals(pluginId));
        return before - timers.size();
    }
}
