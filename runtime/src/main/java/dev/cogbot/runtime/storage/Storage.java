package dev.cogbot.runtime.storage;

import java.util.List;
import java.util.Optional;

/**
 * Where the bot keeps every plugin's counters and values: the bot's database ({@link JdbcStore}), or
 * memory in tests. Plugins never see it: they get {@link dev.cogbot.api.Store} views of one scope
 * ({@link ScopedStore}), which check names and values and map records before anything reaches here.
 *
 * <pre>{@code
 * Storage storage = JdbcStore.open(url);
 * GlobalStore jokes = NamespaceStore.of(storage, StoreScope.shared("jokes"), JsonRecords.create());
 * }</pre>
 */
public interface Storage {

    long add(StoreScope scope, String counter, long delta);

    long counter(StoreScope scope, String counter);

    Optional<String> get(StoreScope scope, String key);

    void put(StoreScope scope, String key, String value);

    void remove(StoreScope scope, String key);

    /** Value keys starting with {@code prefix}, greater than {@code after}, ascending, at most {@code limit}. */
    List<String> keys(StoreScope scope, String prefix, String after, int limit);

    /** Counter names starting with {@code prefix}, greater than {@code after}, ascending, at most {@code limit}. */
    List<String> counterNames(StoreScope scope, String prefix, String after, int limit);

    /** Deletes the scope's counters and values (a server's: with its channels' and members'); returns how many. */
    int clear(StoreScope scope);
}
