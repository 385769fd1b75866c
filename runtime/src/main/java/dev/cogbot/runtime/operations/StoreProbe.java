package dev.cogbot.runtime.operations;

import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.storage.StoreScope;
import dev.cogbot.runtime.storage.Storage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the store answers: one read of a counter of the runtime's own, given at most a few
 * seconds. A database that hangs (a network partition) must not hang the probe, and probes that
 * come faster than it answers must not pile threads up on it: while one read is still out, the
 * next probe is told the store does not answer, without asking again.
 */
final class StoreProbe {

    static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final StoreScope SCOPE = StoreScope.plugin(BotRuntime.RUNTIME_ID);
    private static final String COUNTER = "operations-probe";

    private final Storage store;
    private final Duration patience;
    private final AtomicReference<CompletableFuture<Void>> outstanding = new AtomicReference<>();

    StoreProbe(Storage store, Duration patience) {
        this.store = store;
        this.patience = patience;
    }

    /** Empty if the store answered in time, else why not, in a few words. */
    Optional<String> problem() throws InterruptedException {
        CompletableFuture<Void> read = outstanding.get();
        if (read == null) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            if (outstanding.compareAndSet(null, started)) {
                Thread.ofPlatform().daemon().name("cogbot-store-probe").start(() -> {
                    try {
                        store.counter(SCOPE, COUNTER);
                        started.complete(null);
                    } catch (RuntimeException | Error e) {
                        started.completeExceptionally(e);
                    } finally {
                        outstanding.compareAndSet(started, null);
                    }
                });
            }
            read = started;
        }
        try {
            read.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of("the store did not answer within " + patience.toMillis() + " ms");
        } catch (ExecutionException e) {
            return Optional.of("the store failed: " + firstLine(e.getCause()));
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
