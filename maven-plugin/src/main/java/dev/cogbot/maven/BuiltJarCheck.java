package dev.cogbot.maven;

import dev.cogbot.runtime.plugins.PluginJarCheck;
import dev.cogbot.runtime.plugins.PluginProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What {@code cogbot:check} does with a built JAR: every problem {@link PluginJarCheck} finds is
 * logged as an error line, and the build fails with the first, in the runtime's words.
 */
final class BuiltJarCheck {

    private BuiltJarCheck() {
    }

    static void run(Path jar, String apiVersion, Log log) throws MojoFailureException {
        if (!Files.isRegularFile(jar)) {
            throw new MojoFailureException("there is no plugin JAR " + jar.getFileName() + " to check in "
                    + jar.toAbsolutePath().getParent() + "; run cogbot:check after the JAR is made (phase package)");
        }
        List<PluginProblem> problems = PluginJarCheck.check(jar, apiVersion).problems();
        if (problems.isEmpty()) {
            log.info("cogbot plugin check: " + jar.getFileName() + " loads as a plugin (API " + apiVersion + ")");
            return;
        }
        problems.forEach(problem -> log.error(problem.message()));
        throw new MojoFailureException(problems.getFirst().message());
    }
}
