package dev.cogbot.runtime.control;

import dev.cogbot.runtime.plugins.PluginSummary;
import dev.cogbot.runtime.settings.PluginSettingsReport;
import dev.cogbot.runtime.settings.SettingRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

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
    public volatile boolean ready = true;
    public volatile Optional<String> slash = Optional.empty();
    public volatile List<PluginSettingsReport> settings = List.of(new PluginSettingsReport("jokes",
            List.of(new SettingRow("jokes.reply-timeout", "duration, longer than 0", "1m", "30s", "environment",
                    "how long knock_knock waits")), List.of()));

    @Override
    public List<PluginSettingsReport> settings() {
        return settings;
    }

    @Override
    public String load(String idOrFileName) {
        calls.add("load " + idOrFileName);
        return load.apply(idOrFileName);
    }

    @Override
    public String unload(String pluginId, boolean withDependants, boolean forgetTimers) {
        calls.add("unload " + pluginId + (withDependants ? " with dependants" : "") + (forgetTimers ? " forgetting timers" : ""));
        return unload.apply(pluginId);
    }

    @Override
    public String reload(String pluginId) {
        calls.add("reload " + pluginId);
        return reload.apply(pluginId);
    }

    @Override
    public String backup(Path file) {
        calls.add("backup " + file);
        return backup.apply(file);
    }

    @Override
    public List<PluginSummary> plugins() {
        return plugins;
    }

    @Override
    public Path pluginsDir() {
        return Path.of("plugins");
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
