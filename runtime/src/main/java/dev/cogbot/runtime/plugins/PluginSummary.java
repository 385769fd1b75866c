package dev.cogbot.runtime.plugins;

import java.util.List;

/**
 * A plugin as listed to an owner.
 *
 * @param id       plugin id
 * @param version  plugin version
 * @param state    PF4J's state, e.g. {@code STARTED}, or {@code FAILED}
 * @param commands its commands' names
 * @param file     the JAR's file name in the plugins folder
 */
public record PluginSummary(String id, String version, String state, List<String> commands, String file) {

    /** One line, e.g. {@code jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)}. */
    public String line() {
        return id + " " + version + " " + state
                + (commands.isEmpty() ? "" : ": " + String.join(", ", commands))
                + " (" + file + ")";
    }
}
