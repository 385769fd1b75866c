package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Listen;
import dev.cogbot.api.Message;
import dev.cogbot.api.StoreException;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.runtime.commands.GuildPrefixes;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.storage.StoreScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport's thread (Discord's gateway) only hands its reports over: reading a server's prefix
 * from the store and running plugins' wait checks happen on the runtime's thread, in order, and a
 * check that throws stays with the plugin that wrote it.
 */
class TransportThreadTest {

    /** The bot's storage in memory, noting which threads read servers' prefixes, and failing those reads on demand. */
    static final class WatchedStore implements Storage {
        final InMemoryStore store = new InMemoryStore();
        final Set<Thread> prefixReaders = ConcurrentHashMap.newKeySet();
        final AtomicInteger prefixReads = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public Optional<String> get(StoreScope scope, String key) {
            if (key.endsWith("prefix")) {
                prefixReaders.add(Thread.currentThread());
                prefixReads.incrementAndGet();
                if (down.get()) {
                    throw new StoreException("the database is unreachable");
                }
            }
            return store.get(scope, key);
        }

        @Override
        public long add(StoreScope scope, String counter, long delta) {
            return store.add(scope, counter, delta);
        }

        @Override
        public long counter(StoreScope scope, String counter) {
            return store.counter(scope, counter);
        }

        @Override
        public void put(StoreScope scope, String key, String value) {
            store.put(scope, key, value);
        }

        @Override
        public void remove(StoreScope scope, String key) {
            store.remove(scope, key);
        }

        @Override
        public List<String> keys(StoreScope scope, String prefix, String after, int limit) {
            return store.keys(scope, prefix, after, limit);
        }

        @Override
        public List<String> counterNames(StoreScope scope, String prefix, String after, int limit) {
            return store.counterNames(scope, prefix, after, limit);
        }

        @Override
        public int clear(StoreScope scope) {
            return store.clear(scope);
        }
    }

    static final class WaitingCog implements Cog {
        final Set<Thread> checkers = ConcurrentHashMap.newKeySet();
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @Command
        public void watch(Context ctx) {
            Message next = ctx.bot().waitFor(m -> {
                checkers.add(Thread.currentThread());
                return m.content().equals("there");
            }, Duration.ofMinutes(1));
            ctx.send("seen " + next.content());
        }

        @Command
        public void fragile(Context ctx) {
            try {
                ctx.bot().waitFor(m -> {
                    throw new AssertionError("a check that cannot cope");
                }, Duration.ofMinutes(1));
            } catch (AssertionError thrown) {
                ctx.send("my check threw: " + thrown.getMessage());
            }
        }

        @Listen
        public void hears(MessageReceived event) {
            heard.add(event.message().content());
        }
    }

    private final WatchedStore store = new WatchedStore();
    private final WaitingCog cog = new WaitingCog();
    private final TestBot bot = TestBot.builder().store(store).plugin("waiting", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aServersPrefixIsReadOffTheTransportsThread() {
        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");

        assertThat(store.prefixReaders).isNotEmpty().doesNotContain(Thread.currentThread());
    }

    @Test
    void aWaitsCheckRunsOffTheTransportsThread() {
        alice.says("!watch");

        assertThat(alice.says("there")).containsExactly("cogbot: seen there");
        assertThat(cog.checkers).isNotEmpty().doesNotContain(Thread.currentThread());
    }

    @Test
    void aWaitsCheckThatThrowsEndsTheWaitWithWhatItThrewAndTheEventGoesOn() {
        alice.says("!fragile");

        assertThat(alice.says("anything")).containsExactly("cogbot: my check threw: a check that cannot cope");
        assertThat(cog.heard).containsExactly("!fragile", "anything");
        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aPrefixTheStoreCouldNotReadIsAskedForAgainOnlyAfterAWhile() {
        store.down.set(true);
        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
        alice.says("!ping");
        assertThat(store.prefixReads).hasValue(1);

        store.down.set(false);
        bot.advance(GuildPrefixes.RETRY_AFTER);
        alice.says("!ping");

        assertThat(store.prefixReads).hasValue(2);
    }
}
