package dev.cogbot.plugins.hush;

import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StorageException;
import dev.cogbot.runtime.storage.StoreOptions;
import dev.cogbot.testkit.TestBot;
import java.time.Duration;
import java.util.Optional;

/**
 * Two bots running the hush plugin with {@code hush.scope=bot}, each on a store of its own on one
 * database, as two cogbot processes of a cluster share one; an owner, {@code olive}, on both.
 *
 * <pre>{@code
 * try (TwoHushNodes nodes = TwoHushNodes.on(postgres.newDatabase())) {
 *     nodes.a().user("olive").says("!hush 10");
 * }
 * }</pre>
 */
record TwoHushNodes(JdbcStore storeOfA, JdbcStore storeOfB, TestBot a, TestBot b) implements AutoCloseable {

    /**
     * How long a store call waits for a connection before it fails: short, as the tests of an outage
     * wait for it at each read, but not so short that a call to a live server could miss it.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);

    static TwoHushNodes on(String jdbcUrl) {
        StoreOptions options = StoreOptions.DEFAULTS.withConnectionTimeout(CONNECTION_TIMEOUT);
        JdbcStore storeOfA = JdbcStore.open(jdbcUrl, Optional.empty(), options);
        JdbcStore storeOfB = JdbcStore.open(jdbcUrl, Optional.empty(), options);
        return new TwoHushNodes(storeOfA, storeOfB, node(storeOfA), node(storeOfB));
    }

    private static TestBot node(JdbcStore store) {
        return TestBot.builder()
                .store(store)
                .plugin("hush", new HushCog())
                .plugin("ping", new PingCog())
                .setting("hush.scope", "bot")
                .owner("olive")
                .build();
    }

    @Override
    public void close() {
        try {
            a.close();
            b.close();
        } finally {
            closeQuietly(storeOfA);
            closeQuietly(storeOfB);
        }
    }

    private static void closeQuietly(JdbcStore store) {
        try {
            store.close();
        } catch (StorageException failedLast) {
            // the store's last call failed while the server was down, which some tests are about
        }
    }
}
