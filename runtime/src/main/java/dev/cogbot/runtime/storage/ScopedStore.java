package dev.cogbot.runtime.storage;

import dev.cogbot.api.Store;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin's view of one {@link StoreScope}: checks names and values against {@link StoreLimits}
 * and maps records through the plugin's {@link JsonRecords}, then hands the call to the
 * {@link Storage}, whichever it is.
 *
 * <pre>{@code
 * Store guild = new ScopedStore(storage, StoreScope.plugin("levels").guild("g1"), records);
 * guild.put("welcome", "Hi!");
 * }</pre>
 */
public class ScopedStore implements Store {

    private final Storage storage;
    private final StoreScope scope;
    private final JsonRecords records;

    public ScopedStore(Storage storage, StoreScope scope, JsonRecords records) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public long add(String counter, long delta) {
        StoreLimits.checkName(counter);
        return storage.add(scope, counter, delta);
    }

    @Override
    public long counter(String counter) {
        StoreLimits.checkName(counter);
        return storage.counter(scope, counter);
    }

    @Override
    public Optional<String> get(String key) {
        StoreLimits.checkName(key);
        return storage.get(scope, key);
    }

    @Override
    public void put(String key, String value) {
        StoreLimits.checkName(key);
        StoreLimits.checkValue(key, value);
        storage.put(scope, key, value);
    }

    @Override
    public <T extends Record> Optional<T> getRecord(String key, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return get(key).map(json -> records.read(key, json, type));
    }

    @Override
    public void putRecord(String key, Record value) {
        StoreLimits.checkName(key);
        Objects.requireNonNull(value, "value (use remove to delete a key)");
        put(key, records.write(key, value));
    }

    @Override
    public void remove(String key) {
        StoreLimits.checkName(key);
        storage.remove(scope, key);
    }

    @Override
    public List<String> keys(String prefix, String after, int limit) {
        StoreLimits.checkListing(prefix, after, limit);
        return storage.keys(scope, prefix, after, limit);
    }

    @Override
    public List<String> counterNames(String prefix, String after, int limit) {
        StoreLimits.checkListing(prefix, after, limit);
        return storage.counterNames(scope, prefix, after, limit);
    }

    @Override
    public int clear() {
        return storage.clear(scope);
    }

    /** The scope this view reads and writes. */
    public StoreScope scope() {
        return scope;
    }

    @Override
    public String toString() {
        return "Store[" + scope + "]";
    }
}
