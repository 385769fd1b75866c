package dev.cogbot.runtime.plugins;

import java.util.List;
import java.util.Optional;

/**
 * A plugin as listed to an owner.
 *
 * @param id       plugin id
 * @param version  plugin version
 * @param state    PF4J's state, e.g. {@code STARTED}, or {@code FAILED}
 * @param commands its commands' names
 * @param file     the JAR's file name in the plugins folder
 * @param problem  why it is {@code FAILED}; empty otherwise
 */
public record PluginSummary(String id, String version, String state, List<String> commands, String file,
                            Optional<PluginProblem> problem) {

    public PluginSummary {
        commands = List.copyOf(commands);
    }

    /** A plugin listed without a problem: running, or not loaded. */
    public PluginSummary(String id, String version, String state, List<String> commands, String file) {
        this(id, version, state, commands, file, Optional.empty());
    }

    /** One line, e.g. {@code jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)}. */
    public String line() {
        return id + " " + version + " " + state
                + (commands.isEmpty() ? "" : ": " + String.join(", ", commands))
                + " (" + file + ")";
    }
}
