package dev.cogbot.plugins.hush;

import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StorageException;
import dev.cogbot.testkit.TestBot;

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

    static TwoHushNodes on(String jdbcUrl) {
        JdbcStore storeOfA = JdbcStore.open(jdbcUrl);
        JdbcStore storeOfB = JdbcStore.open(jdbcUrl);
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
