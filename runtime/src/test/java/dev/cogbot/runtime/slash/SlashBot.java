package dev.cogbot.runtime.slash;

import dev.cogbot.api.Cog;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.cluster.Leader;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.JdbcTimerStore;
import dev.cogbot.runtime.transport.ApplicationCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A real runtime on a {@link CommandsTransport} (Discord, as far as slash commands go), a
 * {@link ManualTime} clock and an in-memory H2 store. A restart keeps the store and Discord's
 * commands, as a real one does.
 */
final class SlashBot implements AutoCloseable {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final CommandsTransport discord;
    private final JdbcStore store;
    private final ManualTime time;
    private final BotRuntime runtime;

    private SlashBot(CommandsTransport discord, JdbcStore store, Instant clockAt, SlashSettings settings) {
        this(discord, store, clockAt, settings, Leader.ALONE);
    }

    private SlashBot(CommandsTransport discord, JdbcStore store, Instant clockAt, SlashSettings settings, Leader leader) {
        this(discord, store, new ManualTime(clockAt), settings, leader);
    }

    private SlashBot(CommandsTransport discord, JdbcStore store, ManualTime time, SlashSettings settings, Leader leader) {
        this(discord, store, time, new Scheduler(time), settings, leader);
    }

    private SlashBot(CommandsTransport discord, JdbcStore store, ManualTime time, Scheduler scheduler,
            SlashSettings settings, Leader leader) {
        this.discord = discord;
        this.store = store;
        this.time = time;
        this.runtime = new BotRuntime(discord, scheduler, store, JdbcTimerStore.on(store),
                RuntimeOptions.defaults().withUnloadGrace(Duration.ofSeconds(2)).withSlash(settings).withLeader(leader));
        runtime.start();
    }

    /** A bot that registers slash commands as {@code settings} say; not connected yet. */
    static SlashBot start(SlashSettings settings) {
        return start(settings, true);
    }

    /** @param registers whether this process is the one that registers commands (shard 0) */
    static SlashBot start(SlashSettings settings, boolean registers) {
        return new SlashBot(new CommandsTransport(registers),
                JdbcStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), START, settings);
    }

    /** A node of a cluster, which syncs the commands when {@code leader} says it leads. */
    static SlashBot inCluster(Leader leader, boolean runsShard0) {
        return new SlashBot(new CommandsTransport(runsShard0),
                JdbcStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), START, SlashSettings.DEFAULT,
                leader);
    }

    /**
     * A node of a cluster whose runtime runs on {@code scheduler}, the one its {@link
     * dev.cogbot.runtime.cluster.ClusterNode} heartbeats on, so that moving {@code time} moves both.
     */
    static SlashBot inCluster(Leader leader, boolean runsShard0, ManualTime time, Scheduler scheduler) {
        return new SlashBot(new CommandsTransport(runsShard0),
                JdbcStore.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"), time, scheduler,
                SlashSettings.DEFAULT, leader);
    }

    /** Stops this bot and starts another on the same store and the same Discord, with {@code settings}. */
    SlashBot restartWith(SlashSettings settings) {
        Instant now = time.now();
        runtime.close();
        runtime.scheduler().close();
        return new SlashBot(discord, store, now.plus(Duration.ofMinutes(1)), settings);
    }

    /** Connects and lets the first sync happen. */
    SlashBot connected() {
        discord.connect();
        settle();
        return this;
    }

    void load(String pluginId, Cog... cogs) {
        runtime.install(pluginId, List.of(cogs));
        settle();
    }

    void unload(String pluginId) {
        runtime.uninstall(pluginId).orElseThrow();
        settle();
    }

    /** Unloads and loads again, as PluginHost's reload does. */
    void reload(String pluginId, Cog... cogs) {
        unload(pluginId);
        load(pluginId, cogs);
    }

    /** Long enough for any pending sync to happen. */
    void settleSyncs() {
        advance(CommandSync.MOST_DELAY);
    }

    void advance(Duration amount) {
        time.advance(amount);
    }

    Instant now() {
        return time.now();
    }

    CommandsTransport discord() {
        return discord;
    }

    CommandSync sync() {
        return runtime.commandSync();
    }

    BotRuntime runtime() {
        return runtime;
    }

    /** The slash commands the bot wants now. */
    List<ApplicationCommand> wanted() {
        return runtime.commandSync().wanted();
    }

    /** The one wanted command named {@code name}. */
    ApplicationCommand command(String name) {
        return wanted().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no slash command /" + name + " in " + wanted()));
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
}
