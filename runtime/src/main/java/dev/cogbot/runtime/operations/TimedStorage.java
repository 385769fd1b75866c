package dev.cogbot.runtime.operations;

import dev.cogbot.runtime.storage.StoreScope;
import dev.cogbot.runtime.storage.Storage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link Storage} that times each operation of the one it wraps into
 * {@code cogbot_store_latency_seconds{operation,outcome}}. Outside the storage package on purpose:
 * it measures the store as the bot sees it, whatever the store is built of.
 */
final class TimedStorage implements Storage {

    private final Storage store;
    private final MeterRegistry registry;

    TimedStorage(Storage store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public long add(StoreScope scope, String counter, long delta) {
        return timed("add", () -> store.add(scope, counter, delta));
    }

    @Override
    public long counter(StoreScope scope, String counter) {
        return timed("counter", () -> store.counter(scope, counter));
    }

    @Override
    public Optional<String> get(StoreScope scope, String key) {
        return timed("get", () -> store.get(scope, key));
    }

    @Override
    public void put(StoreScope scope, String key, String value) {
        timed("put", () -> {
            store.put(scope, key, value);
            return null;
        });
    }

    @Override
    public void remove(StoreScope scope, String key) {
        timed("remove", () -> {
            store.remove(scope, key);
            return null;
        });
    }

    @Override
    public List<String> keys(StoreScope scope, String prefix, String after, int limit) {
        return timed("keys", () -> store.keys(scope, prefix, after, limit));
    }

    @Override
    public List<String> counterNames(StoreScope scope, String prefix, String after, int limit) {
        return timed("counter-names", () -> store.counterNames(scope, prefix, after, limit));
    }

    @Override
    public int clear(StoreScope scope) {
        return timed("clear", () -> store.clear(scope));
    }

    private <T> T timed(String operation, Supplier<T> call) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            T result = call.get();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(Timer.builder("cogbot.store.latency").description("How long store operations took")
                    .tag("operation", operation).tag("outcome", outcome)
                    .serviceLevelObjectives(BotMetrics.LATENCY_BUCKETS)
                    .register(registry));
        }
    }
}
