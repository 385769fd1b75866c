package dev.cogbot.runtime.plugins;

/**
 * How a {@link PluginAdmin} operation ended: done (loaded, reloaded, unloaded) or refused with
 * the {@link PluginProblem} that says why. Handle it with a pattern-matching {@code switch}:
 *
 * <pre>{@code
 * int exitCode = switch (outcome) {
 *     case PluginOutcome.Refused refused -> 11;
 *     case PluginOutcome.Done done -> 0;
 * };
 * }</pre>
 */
public sealed interface PluginOutcome {

    /** One line for a person, e.g. {@code loaded jokes 0.1.0 (commands: knock_knock)}. */
    String line();

    /** The operation happened; {@link #line()} says what it did. */
    sealed interface Done extends PluginOutcome {
    }

    /** Loaded and started. */
    record Loaded(String line) implements Done {
    }

    /** Replaced by what the folder holds now. */
    record Reloaded(String line) implements Done {
    }

    /** Unloaded, with its dependants if asked; the line says what had to be forced. */
    record Unloaded(String line) implements Done {
    }

    /** Not done: nothing changed, or the old version is back in service. */
    record Refused(PluginProblem problem) implements PluginOutcome {
        @Override
        public String line() {
            return problem.message();
        }
    }
}
