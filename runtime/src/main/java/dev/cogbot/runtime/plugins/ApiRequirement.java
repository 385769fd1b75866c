package dev.cogbot.runtime.plugins;

import java.util.Optional;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * A plugin's {@code Plugin-Requires} against the plugin API this runtime offers: the one check
 * every way a JAR reaches the bot (the folder, {@code load}, {@code install}, an author's build)
 * makes, so each refuses the same JAR with the same line.
 *
 * <pre>{@code
 * ApiRequirement.check(PluginJar.inspect(file), RuntimeVersion.apiVersion());   // or throws
 * }</pre>
 */
public final class ApiRequirement {

    // PF4J's own semantic-version ranges (">=0.1.0 & <1.0.0"), as its PluginManager reads them
    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private ApiRequirement() {
    }

    /**
     * Passes when {@code jar} works with API {@code apiVersion}: no requirement, {@code *}, a
     * bare version (taken as "this or newer") or a range that holds.
     *
     * @throws PluginOperationException with {@link PluginProblem.NotAPluginJar} when the
     *                                  requirement is not a range, {@link PluginProblem.NeedsNewerRuntime}
     *                                  when it is not met
     */
    public static void check(PluginJar jar, String apiVersion) {
        String requires = Optional.ofNullable(jar.descriptor().getRequires()).orElse("").strip();
        if (requires.isEmpty() || "*".equals(requires)) {
            return;
        }
        String constraint = requires.matches("\\d+\\.\\d+\\.\\d+") ? ">=" + requires : requires;
        boolean satisfied;
        try {
            satisfied = VERSIONS.checkVersionConstraint(apiVersion, constraint);
        } catch (RuntimeException e) {
            throw new PluginOperationException(new PluginProblem.NotAPluginJar(jar.fileName(),
                    "its Plugin-Requires '" + requires + "' is not a version range"));
        }
        if (!satisfied) {
            throw new PluginOperationException(
                    new PluginProblem.NeedsNewerRuntime(jar.id(), jar.fileName(), requires, apiVersion));
        }
    }
}
