package dev.cogbot.testkit;

import dev.cogbot.api.GlobalStore;
import dev.cogbot.runtime.storage.JsonRecords;
import dev.cogbot.runtime.storage.NamespaceStore;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.storage.StoreScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The bot's storage in memory: it forgets everything when dropped; share one between bots to
 * simulate a restart. Plugins see it through the same {@link dev.cogbot.api.Store} views as the
 * bot's database, so they meet production's limits, scopes and record mapping.
 *
 * <pre>{@code
 * InMemoryStore store = new InMemoryStore();
 * store.shared("jokes").add("told", 41);                  // what a previous run left
 * try (TestBot bot = TestBot.builder().store(store).plugin("jokes", new JokesCog()).build()) { ... }
 * try (TestBot restarted = TestBot.builder().store(store).plugin("jokes", new JokesCog()).build()) { ... }
 * }</pre>
 */
public final class InMemoryStore implements Storage {

    private final Map<StoreScope, Scope> scopes = new ConcurrentHashMap<>();

    /** One scope's counters and values, sorted by name as the database lists them. */
    private record Scope(ConcurrentSkipListMap<String, Long> counters, ConcurrentSkipListMap<String, String> values) {
        Scope() {
            this(new ConcurrentSkipListMap<>(), new ConcurrentSkipListMap<>());
        }
    }

    /** Plugin {@code pluginId}'s own store, as the plugin sees it through {@code bot.store()}: to set up or check data. */
    public GlobalStore plugin(String pluginId) {
        return NamespaceStore.of(this, StoreScope.plugin(pluginId), JsonRecords.create());
    }

    /** The store shared under {@code name}, as plugins see it through {@code bot.sharedStore(name)}. */
    public GlobalStore shared(String name) {
        return NamespaceStore.of(this, StoreScope.shared(name), JsonRecords.create());
    }

    @Override
    public long add(StoreScope scope, String counter, long delta) {
        return scope(scope).counters().merge(counter, delta, Long::sum);
    }

    @Override
    public long counter(StoreScope scope, String counter) {
        Scope found = scopes.get(scope);
        return found == null ? 0 : found.counters().getOrDefault(counter, 0L);
    }

    @Override
    public Optional<String> get(StoreScope scope, String key) {
        Scope found = scopes.get(scope);
        return found == null ? Optional.empty() : Optional.ofNullable(found.values().get(key));
    }

    @Override
    public void put(StoreScope scope, String key, String value) {
        scope(scope).values().put(key, value);
    }

    @Override
    public void remove(StoreScope scope, String key) {
        Scope found = scopes.get(scope);
        if (found != null) {
            found.values().remove(key);
        }
    }

    @Override
    public List<String> keys(StoreScope scope, String prefix, String after, int limit) {
        Scope found = scopes.get(scope);
        return found == null ? List.of() : names(found.values(), prefix, after, limit);
    }

    @Override
    public List<String> counterNames(StoreScope scope, String prefix, String after, int limit) {
        Scope found = scopes.get(scope);
        return found == null ? List.of() : names(found.counters(), prefix, after, limit);
    }

    @Override
    public int clear(StoreScope scope) {
        int cleared = 0;
        for (Map.Entry<StoreScope, Scope> entry : scopes.entrySet()) {
            StoreScope candidate = entry.getKey();
            boolean inIt = scope.coversGuild()
                    ? candidate.namespace().equals(scope.namespace()) && candidate.guildId().equals(scope.guildId())
                    : candidate.equals(scope);
            if (inIt && scopes.remove(candidate, entry.getValue())) {
                cleared += entry.getValue().counters().size() + entry.getValue().values().size();
            }
        }
        return cleared;
    }

    private Scope scope(StoreScope scope) {
        return scopes.computeIfAbsent(scope, s -> new Scope());
    }

    private static List<String> names(ConcurrentSkipListMap<String, ?> map, String prefix, String after, int limit) {
        return map.tailMap(after, false).keySet().stream()
                .dropWhile(name -> name.compareTo(prefix) < 0)
                .takeWhile(name -> name.startsWith(prefix))
                .limit(limit)
                .toList();
    }
}
