package dev.cogbot.runtime.plugins;

/**
 * Something that happened to a plugin, whichever way it was asked for (start, CLI, chat, the
 * plugins folder, dev mode). The host emits one for each, and the bot prints its {@link #line()} as
 * a line of its own: on the console among the chat, elsewhere on standard output.
 *
 * <pre>{@code
 * host.onEvent(event -> out.println(event.line()));
 * // plugin jokes 0.1.0 loaded (jokes-0.1.0.jar)
 * // plugin jokes reloaded: 0.1.0 -> 0.2.0 (jokes-0.2.0.jar)
 * // plugin jokes 0.2.0 unloaded
 * // plugin refused: plugin jokes (jokes-0.3.0.jar) failed to start: ...; version 0.2.0 is back in service
 * }</pre>
 */
public sealed interface PluginEvent {

    /** One line for a person. */
    String line();

    record Loaded(String id, String version, String file) implements PluginEvent {
        @Override
        public String line() {
            return "plugin " + id + " " + version + " loaded (" + file + ")";
        }
    }

    record Reloaded(String id, String oldVersion, String newVersion, String file) implements PluginEvent {
        @Override
        public String line() {
            return "plugin " + id + " reloaded: " + oldVersion + " -> " + newVersion + " (" + file + ")";
        }
    }

    record Unloaded(String id, String version) implements PluginEvent {
        @Override
        public String line() {
            return "plugin " + id + " " + version + " unloaded";
        }
    }

    /** A JAR the bot would not run, or a new version it would not switch to; {@code problem} says why. */
    record Refused(PluginProblem problem) implements PluginEvent {
        @Override
        public String line() {
            return "plugin refused: " + problem.message();
        }
    }
}
