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

    /** Whether the operation happened (on every node that answered, when asked of a cluster). */
    public boolean done() {
        return switch (outcome) {
            case PluginOutcome.Done d -> true;
            case PluginOutcome.Refused r -> false;
            case PluginOutcome.AcrossCluster nodes -> nodes.refusals().isEmpty();
        };
    }

    /** One line for a person: what was done, or why not. */
    public String line() {
        return outcome.line();
    }
}
