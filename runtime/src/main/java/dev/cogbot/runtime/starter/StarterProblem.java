package dev.cogbot.runtime.starter;

import java.nio.file.Path;

/**
 * Why {@code new-plugin} wrote nothing: each says in one line what was wrong and what to do.
 *
 * <pre>{@code
 * int code = switch (refused.problem()) {
 *     case NotAPluginId bad -> 2;
 *     case NotAJavaPackage bad -> 2;
 *     case FolderNotEmpty taken -> 2;
 *     case CannotWrite failed -> 1;
 * };
 * }</pre>
 */
public sealed interface StarterProblem {

    /** The line for the user. */
    String line();

    /** The id cannot be a plugin id (it also names the JAR, the settings prefix and the folder). */
    record NotAPluginId(String given) implements StarterProblem {
        @Override
        public String line() {
            return "'" + given + "' is not a plugin id: use lowercase letters, digits and single dashes, starting"
                    + " with a letter, at most " + NewPlugin.MAX_ID_LENGTH + " characters (e.g. greeter, dice-roller)";
        }
    }

    /** The package cannot be a Java package. */
    record NotAJavaPackage(String given, boolean madeFromId) implements StarterProblem {
        @Override
        public String line() {
            return madeFromId
                    ? "'" + given + "', the package made from the plugin id, is not a Java package: name one with --package"
                    : "'" + given + "' is not a Java package: use dot-separated Java names, e.g. --package org.example.greeter";
        }
    }

    /** Something is already where the project would go; it is left as it is. */
    record FolderNotEmpty(Path folder) implements StarterProblem {
        @Override
        public String line() {
            return folder + " already exists and is not empty: pick another --dir, or move it away first";
        }
    }

    /** The project could not be written (disk full, no permission); nothing is left half-written. */
    record CannotWrite(Path folder, String reason) implements StarterProblem {
        @Override
        public String line() {
            return "cannot write the plugin project to " + folder + ": " + reason;
        }
    }
}
