package dev.cogbot.runtime.control;

import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.isolation.BusyTaskWatch;
import dev.cogbot.runtime.isolation.Zombie;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.PluginAdmin;
import dev.cogbot.runtime.settings.PluginSettingsReport;
import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StoreBackup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the control channel can do to the running bot. The plugin operations and their listing
 * come through the bot's one {@link PluginAdmin}; tests give the server a fake.
 */
public interface BotControl {

    /** The plugin operations and the plugin listing, as every other door has them. */
    PluginAdmin plugins();

    /**
     * Writes a consistent copy of the store to {@code file}.
     *
     * @return what was written, for the user
     * @see JdbcStore#backupTo(Path)
     */
    String backup(Path file);

    /**
     * The settings each running plugin declares, with their values; none for a bot that has none to tell.
     *
     * @see BotRuntime#settings()
     */
    default List<PluginSettingsReport> settings() {
        return List.of();
    }

    /** The transport's name, e.g. {@code console}. */
    String transport();

    /** Whether the transport is connected and the bot answers. */
    boolean ready();

    /**
     * What unloaded plugins left running or registered, one line each
     * ({@code leaky: thread 'poller' (WAITING)}); none unless the bot has some.
     *
     * @see PluginHost#zombies()
     */
    default List<String> zombies() {
        return List.of();
    }

    /**
     * Plugin tasks that have run longer than the limit without waiting, one line each
     * ({@code spinner: command spin, busy for 12s, at ...}); none unless the bot has some.
     *
     * @see BusyTaskWatch#current()
     */
    default List<String> busyTasks() {
        return List.of();
    }

    /**
     * Where the slash commands stand with Discord ({@code 12 in sync (global), last written 14:02:10 UTC});
     * empty for a bot that has none to tell.
     *
     * @see dev.cogbot.runtime.slash.CommandSync#status()
     */
    default Optional<String> slashCommands() {
        return Optional.empty();
    }

    /**
     * The bot as it runs: its plugin administration, its plugin host (for what unloaded plugins left
     * behind), its runtime, its store and the watch on its plugins' busy tasks.
     */
    static BotControl of(PluginAdmin admin, PluginHost host, BotRuntime runtime, JdbcStore store, BusyTaskWatch busy) {
        return new BotControl() {
            @Override
            public PluginAdmin plugins() {
                return admin;
            }

            @Override
            public String backup(Path file) {
                return StoreBackup.summary(file, store.backupTo(file));
            }

            @Override
            public List<PluginSettingsReport> settings() {
                return runtime.settings();
            }

            @Override
            public String transport() {
                return runtime.transport().name() + " (" + runtime.transport().connectionState() + ")";
            }

            @Override
            public boolean ready() {
                return runtime.isReady();
            }

            @Override
            public List<String> zombies() {
                return host.zombies().stream().map(Zombie::line).toList();
            }

            @Override
            public List<String> busyTasks() {
                return busy.current();
            }

            @Override
            public Optional<String> slashCommands() {
                return Optional.of(runtime.commandSync().status().line());
            }
        };
    }
}
