package dev.cogbot.runtime.control;

import dev.cogbot.runtime.plugins.PluginProblem;
import java.util.Locale;

/** How a request ended; the CLI turns it into its exit code. */
public enum Outcome {
    /** Done; the lines say what happened. */
    OK,
    /** No plugin by that id or file name is loaded or in the plugins folder. */
    NO_SUCH_PLUGIN,
    /** The plugin was refused or failed to start: not a plugin, already loaded, dependencies, version, its own code. */
    PLUGIN_FAILED,
    /** The store could not be read, or the backup written; the line says which. */
    STORAGE,
    /** The request itself was wrong, e.g. a path where only a file name in the plugins folder will do. */
    BAD_REQUEST,
    /** Something unexpected; the bot's log has the details. */
    FAILED;

    /** What a refused plugin operation comes to. */
    public static Outcome of(PluginProblem problem) {
        return switch (problem) {
            case PluginProblem.NoSuchPlugin p -> NO_SUCH_PLUGIN;
            case PluginProblem.NotLoaded p -> NO_SUCH_PLUGIN;
            case PluginProblem.OutsidePluginsFolder p -> BAD_REQUEST;
            case PluginProblem.NotAPluginJar p -> PLUGIN_FAILED;
            case PluginProblem.AlreadyLoaded p -> PLUGIN_FAILED;
            case PluginProblem.DuplicateId p -> PLUGIN_FAILED;
            case PluginProblem.MissingDependencies p -> PLUGIN_FAILED;
            case PluginProblem.WrongDependencyVersion p -> PLUGIN_FAILED;
            case PluginProblem.NeedsNewerRuntime p -> PLUGIN_FAILED;
            case PluginProblem.StartFailed p -> PLUGIN_FAILED;
            case PluginProblem.BadSetting p -> PLUGIN_FAILED;
            case PluginProblem.HasDependants p -> PLUGIN_FAILED;
            case PluginProblem.BundlesTheApi p -> PLUGIN_FAILED;
            case PluginProblem.IndexedClassMissing p -> PLUGIN_FAILED;
            case PluginProblem.NotACog p -> PLUGIN_FAILED;
            case PluginProblem.MissingExtensionIndex p -> PLUGIN_FAILED;
            case PluginProblem.MissingExtension p -> PLUGIN_FAILED;
            case PluginProblem.NoCogs p -> PLUGIN_FAILED;
            case PluginProblem.ChecksumMismatch p -> PLUGIN_FAILED;
            case PluginProblem.OnAnotherNode p -> PLUGIN_FAILED;
            case PluginProblem.ClusterUnreachable p -> STORAGE;
        };
    }

    /** As written on the wire: {@code ok}, {@code no-such-plugin}, ... */
    String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The outcome a wire name stands for; one this version does not know counts as {@link #FAILED}. */
    static Outcome fromWire(String name) {
        for (Outcome outcome : values()) {
            if (outcome.wireName().equals(name)) {
                return outcome;
            }
        }
        return FAILED;
    }
}
