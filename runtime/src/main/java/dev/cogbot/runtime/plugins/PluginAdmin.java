package dev.cogbot.runtime.plugins;

/**
 * The one door for plugin operations: the owners' chat commands, the control socket (and so the
 * CLI), the console's {@code /plugins}, the folder watcher and dev mode all come through here. Each
 * operation answers with a {@link PluginResult}, the plugin it was about and a typed
 * {@link PluginOutcome}, rather than throwing, so a caller that applies it on several bots can
 * report each one's outcome; {@link #list()} is the only plugin listing there is.
 *
 * <pre>{@code
 * PluginResult result = admin.reload("jokes");
 * String reply = switch (result.outcome()) {
 *     case PluginOutcome.Refused refused -> "could not: " + refused.problem().message();
 *     case PluginOutcome.Done done -> done.line();
 * };
 * }</pre>
 *
 * {@link LocalPluginAdmin} runs them on this bot's {@link PluginHost}.
 */
public interface PluginAdmin {

    /** Loads a plugin from the plugins folder, by id or by JAR file name, and remembers it is wanted. */
    PluginResult load(String idOrFileName);

    /**
     * Unloads a plugin and remembers it is not wanted.
     *
     * @param withDependants also unload what needs it (otherwise that is refused)
     * @param forgetTimers   delete the durable timers of every plugin it unloads, for good
     */
    PluginResult unload(String pluginId, boolean withDependants, boolean forgetTimers);

    /** Replaces a running plugin with what the folder holds now; if that fails, the old one stays. */
    PluginResult reload(String pluginId);

    /**
     * Unloads a plugin whose JAR left the folder. Unlike {@link #unload}, not remembered: a new
     * version dropped in later loads, even across a restart.
     */
    PluginResult unloadDeleted(String pluginId);

    /** Every plugin running, then every JAR in the folder that is not, with why. */
    PluginListing list();
}
