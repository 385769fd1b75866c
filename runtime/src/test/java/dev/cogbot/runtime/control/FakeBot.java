package dev.cogbot.runtime.control;

import dev.cogbot.runtime.plugins.PluginAdmin;
import dev.cogbot.runtime.plugins.PluginListing;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginOutcome;
import dev.cogbot.runtime.plugins.PluginResult;
import dev.cogbot.runtime.plugins.PluginSummary;
import dev.cogbot.runtime.settings.PluginSettingsReport;
import dev.cogbot.runtime.settings.SettingRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/** A bot for the control channel to drive: records what it was asked, answers as told. */
public final class FakeBot implements BotControl {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    public volatile Function<String, String> load = id -> "loaded " + id;
    public volatile Function<String, String> unload = id -> "unloaded " + id;
    public volatile Function<String, String> reload = id -> "reloaded " + id;
    public volatile List<PluginSummary> plugins = List.of(
            new PluginSummary("jokes", "0.1.0", "STARTED", List.of("knock_knock", "lightbulb"), "jokes-0.1.0.jar"),
            new PluginSummary("broken", "?", "FAILED", List.of(), "broken.jar"));
    public volatile Function<Path, String> backup = file -> "backed up to " + file;
    /** What the other nodes of a cluster add to each operation's result; none by default (a bot on its own). */
    public volatile Function<PluginResult, PluginResult> cluster = Function.identity();
    public volatile boolean ready = true;
    public volatile Optional<String> slash = Optional.empty();
    public volatile List<PluginSettingsReport> settings = List.of(new PluginSettingsReport("jokes",
            List.of(new SettingRow("jokes.reply-timeout", "duration, longer than 0", "1m", "30s", "environment",
                    "how long knock_knock waits")), List.of()));

    @Override
    public List<PluginSettingsReport> settings() {
        return settings;
    }

    /** The plugin operations, answered by the functions above; a {@link PluginOperationException} they throw is a refusal. */
    @Override
    public PluginAdmin plugins() {
        return new PluginAdmin() {
            @Override
            public PluginResult load(String idOrFileName) {
                calls.add("load " + idOrFileName);
                return cluster.apply(answer(idOrFileName, () -> load.apply(idOrFileName), PluginOutcome.Loaded::new));
            }

            @Override
            public PluginResult unload(String pluginId, boolean withDependants, boolean forgetTimers) {
                calls.add("unload " + pluginId + (withDependants ? " with dependants" : "")
                        + (forgetTimers ? " forgetting timers" : ""));
                return cluster.apply(answer(pluginId, () -> unload.apply(pluginId), PluginOutcome.Unloaded::new));
            }

            @Override
            public PluginResult reload(String pluginId) {
                calls.add("reload " + pluginId);
                return cluster.apply(answer(pluginId, () -> reload.apply(pluginId), PluginOutcome.Reloaded::new));
            }

            @Override
            public PluginResult unloadDeleted(String pluginId) {
                return unload(pluginId, false, false);
            }

            @Override
            public PluginListing list() {
                return new PluginListing(plugins, Path.of("plugins"));
            }
        };
    }

    private static PluginResult answer(String plugin, Supplier<String> operation,
                                       Function<String, PluginOutcome.Done> done) {
        try {
            return new PluginResult(plugin, done.apply(operation.get()));
        } catch (PluginOperationException refused) {
            return new PluginResult(plugin, new PluginOutcome.Refused(refused.problem()));
        }
    }

    @Override
    public String backup(Path file) {
        calls.add("backup " + file);
        return backup.apply(file);
    }

    @Override
    public String transport() {
        return "console";
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public Optional<String> slashCommands() {
        return slash;
    }
}
