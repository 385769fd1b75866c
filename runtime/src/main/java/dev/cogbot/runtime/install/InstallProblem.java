package dev.cogbot.runtime.install;

import java.util.List;

/**
 * Why {@code cogbot install} did not get a JAR to check: each says, in one line, what was wrong and
 * what to do. (A JAR that is not a plugin, or not for this API, is a
 * {@link dev.cogbot.runtime.plugins.PluginProblem}, as anywhere else a JAR reaches the bot.)
 */
public sealed interface InstallProblem {

    /** One line for a person. */
    String message();

    record BadCoordinates(String given) implements InstallProblem {
        @Override
        public String message() {
            return "'" + given + "' is not a plugin's Maven coordinates; give groupId:artifactId:version,"
                    + " e.g. org.example:greeter:1.0.0, or --file JAR";
        }
    }

    /** In none of {@code repositories} (the local repository first), by location as given in the settings. */
    record NotFound(Coordinates coordinates, List<String> repositories) implements InstallProblem {
        @Override
        public String message() {
            return coordinates + " was not found in " + String.join(", ", repositories)
                    + "; check the coordinates, or add its repository to install.repositories";
        }
    }

    record ChecksumMismatch(Coordinates coordinates, String repository, String detail) implements InstallProblem {
        @Override
        public String message() {
            return coordinates + " from " + repository + " does not match its checksum (" + detail
                    + "); nothing was installed: the download is damaged or the repository is not to be trusted";
        }
    }

    record Unreachable(Coordinates coordinates, String repository, String reason) implements InstallProblem {
        @Override
        public String message() {
            return "could not fetch " + coordinates + " from " + repository + ": " + reason
                    + "; check the network and install.repositories";
        }
    }

    record NoSuchFile(String given) implements InstallProblem {
        @Override
        public String message() {
            return given + " is not a readable file; give the path of a plugin JAR";
        }
    }
}
