package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Cog;
import dev.cogbot.runtime.RuntimeVersion;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.LoadedPlugin;
import dev.cogbot.runtime.commands.CommandDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins folder, run through PF4J: each plugin JAR is loaded in its own class loader, started,
 * and its {@link Cog} extensions installed in the bot. A plugin that fails is logged in one line and
 * left out; the others run.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final Path pluginsDir;
    private final BotRuntime runtime;
    private final PluginManager manager;

    public PluginHost(Path pluginsDir, BotRuntime runtime) {
        this.pluginsDir = pluginsDir;
        this.runtime = runtime;
        this.manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(RuntimeVersion.apiVersion());
    }

    /** Loads and starts every plugin in the folder; returns the ids that run. */
    public List<String> startAll() {
        manager.loadPlugins();
        List<String> started = new ArrayList<>();
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            if (start(plugin.getPluginId())) {
                started.add(plugin.getPluginId());
            }
        }
        return started;
    }

    private boolean start(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        String file = plugin.getPluginPath().getFileName().toString();
        try {
            PluginState state = manager.startPlugin(pluginId);
            if (state != PluginState.STARTED) {
                log.error("Plugin {} ({}) did not start: {}", pluginId, file, reason(plugin));
                return false;
            }
            List<Cog> cogs = manager.getExtensions(Cog.class, pluginId);
            if (cogs.isEmpty()) {
                log.warn("Plugin {} ({}) has no cogs: is its class marked @Extension and does it implement Cog?", pluginId, file);
            }
            runtime.install(pluginId, cogs);
            return true;
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {} ({}) failed to start: {}", pluginId, file, e.toString());
            log.debug("Plugin {} start failure", pluginId, e);
            stopQuietly(pluginId);
            return false;
        }
    }

    private static String reason(PluginWrapper plugin) {
        Throwable error = plugin.getFailedException();
        return error == null ? "state " + plugin.getPluginState() : error.toString();
    }

    /** Every plugin PF4J knows, with what the bot has of it. */
    public List<PluginSummary> summaries() {
        List<PluginSummary> summaries = new ArrayList<>();
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            List<String> commands = runtime.plugin(plugin.getPluginId())
                    .map(LoadedPlugin::commands).orElse(List.of())
                    .stream().map(CommandDefinition::name).toList();
            summaries.add(new PluginSummary(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getPluginState().toString(), commands, plugin.getPluginPath().getFileName().toString()));
        }
        return summaries;
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Uninstalls every plugin's cogs and unloads the plugins, newest first. */
    @Override
    public void close() {
        List<PluginWrapper> plugins = new ArrayList<>(manager.getPlugins());
        java.util.Collections.reverse(plugins);
        // one at a time over a copy: PF4J's own stopPlugins() trips over its list while stopping several
        for (PluginWrapper plugin : plugins) {
            runtime.uninstall(plugin.getPluginId());
            stopQuietly(plugin.getPluginId());
        }
    }

    private void stopQuietly(String pluginId) {
        try {
            if (manager.getPlugin(pluginId) != null) {
                manager.unloadPlugin(pluginId);
            }
        } catch (RuntimeException e) {
            log.warn("Plugin {} did not unload cleanly: {}", pluginId, e.toString());
        }
    }
}
