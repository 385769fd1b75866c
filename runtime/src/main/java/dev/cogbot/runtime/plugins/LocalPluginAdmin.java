package dev.cogbot.runtime.plugins;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link PluginAdmin} on this bot: each operation runs on its {@link PluginHost}, one at a time as
 * the host does them, and a refusal comes back as {@link PluginOutcome.Refused} (the host has
 * already logged it and told the {@link PluginEvent} listener).
 *
 * <pre>{@code
 * PluginAdmin admin = new LocalPluginAdmin(host);
 * admin.load("jokes").line(); // loaded jokes 0.1.0 (commands: knock_knock, lightbulb)
 * }</pre>
 */
public final class LocalPluginAdmin implements PluginAdmin {

    private final PluginHost host;

    public LocalPluginAdmin(PluginHost host) {
        this.host = host;
    }

    @Override
    public PluginResult load(String idOrFileName) {
        return attempt(idOrFileName, () -> host.load(idOrFileName), PluginOutcome.Loaded::new);
    }

    @Override
    public PluginResult unload(String pluginId, boolean withDependants, boolean forgetTimers) {
        return attempt(pluginId, () -> host.unload(pluginId, withDependants, forgetTimers), PluginOutcome.Unloaded::new);
    }

    @Override
    public PluginResult reload(String pluginId) {
        return attempt(pluginId, () -> host.reload(pluginId), PluginOutcome.Reloaded::new);
    }

    @Override
    public PluginResult unloadDeleted(String pluginId) {
        return attempt(pluginId, () -> host.unloadDeleted(pluginId), PluginOutcome.Unloaded::new);
    }

    @Override
    public PluginListing list() {
        return new PluginListing(host.summaries(), host.pluginsDir());
    }

    private static PluginResult attempt(String plugin, Supplier<String> operation,
                                        Function<String, PluginOutcome.Done> done) {
        try {
            return new PluginResult(plugin, done.apply(operation.get()));
        } catch (PluginOperationException refused) {
            return new PluginResult(plugin, new PluginOutcome.Refused(refused.problem()));
        }
    }
}
