package dev.cogbot.runtime.timers;

import dev.cogbot.api.Cog;
import dev.cogbot.api.User;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import dev.cogbot.runtime.transport.NoChatTransport;
import dev.cogbot.runtime.transport.TransportListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real runtime on a real H2 file in {@code dataDir}, on a {@link ManualTime} clock, talking on no
 * chat: what durable timers need, and a restart is closing it and starting another on the same folder.
 */
final class TimerBot implements AutoCloseable {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final Path dataDir;
    private final ManualTime time;
    private final JdbcStore store;
    private final BotRuntime runtime;
    private final NoChat chat;

    private TimerBot(Path dataDir, Instant clockAt, boolean connects) {
        this.dataDir = dataDir;
        this.time = new ManualTime(clockAt);
        this.store = JdbcStore.open(JdbcStore.defaultUrl(dataDir));
        this.chat = new NoChat(connects);
        this.runtime = new BotRuntime(chat, new Scheduler(time), store, JdbcTimerStore.on(store),
                RuntimeOptions.defaults().withUnloadGrace(Duration.ofSeconds(2)));
        runtime.start();
    }

    static TimerBot start(Path dataDir) {
        return new TimerBot(dataDir, START, true);
    }

    /** Stops this bot and starts another on the same data folder, its clock {@code later} on. */
    TimerBot restartAfter(Duration later) {
        return restart(later, true);
    }

    /** As {@link #restartAfter}, with a chat that connects only on {@link #connect()}. */
    TimerBot restartNotConnectedAfter(Duration later) {
        return restart(later, false);
    }

    private TimerBot restart(Duration later, boolean connects) {
        Instant then = time.now().plus(later);
        close();
        return new TimerBot(dataDir, then, connects);
    }

    /** The chat connects: the bot is ready. */
    void connect() {
        chat.listener.onReady(new User("cogbot", "cogbot", true));
        settle();
    }

    /** Loads a plugin made of {@code cogs} and waits until what it started at once (overdue timers) is done. */
    void load(String pluginId, Cog... cogs) {
        runtime.install(pluginId, List.of(cogs));
        settle();
    }

    void unload(String pluginId) {
        runtime.uninstall(pluginId).orElseThrow();
        settle();
    }

    void advance(Duration amount) {
        time.advance(amount);
    }

    Instant now() {
        return time.now();
    }

    BotRuntime runtime() {
        return runtime;
    }

    ManualTime time() {
        return time;
    }

    private void settle() {
        runtime.scheduler().runningTasks().awaitIdle(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        runtime.close();
        runtime.scheduler().close();
        store.close();
    }

    /** A chat nobody talks on: the timers under test send nothing. */
    private static final class NoChat extends NoChatTransport {
        private final boolean connectsAtOnce;
        private volatile TransportListener listener;

        NoChat(boolean connectsAtOnce) {
            this.connectsAtOnce = connectsAtOnce;
        }

        @Override
        public String name() {
            return "no chat";
        }

        @Override
        public void start(TransportListener listener) {
            this.listener = listener;
            if (connectsAtOnce) {
                listener.onReady(new User("cogbot", "cogbot", true));
            }
        }

        @Override
        public void close() {
        }
    }
}
