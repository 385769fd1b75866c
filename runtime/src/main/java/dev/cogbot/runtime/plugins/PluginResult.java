package dev.cogbot.runtime.plugins;

/**
 * What one {@link PluginAdmin} operation came to, for one plugin: the id or file name it was asked
 * about, and its {@link PluginOutcome}. A door that applies an operation on several bots gets one
 * of these from each.
 *
 * @param plugin  the plugin id or JAR file name the operation was asked for
 * @param outcome how it ended
 */
public record PluginResult(String plugin, PluginOutcome outcome) {

    /** Whether the operation happened. */
    public boolean done() {
        return outcome instanceof PluginOutcome.Done;
    }

    /** One line for a person: what was done, or why not. */
    public String line() {
        return outcome.line();
    }
}
