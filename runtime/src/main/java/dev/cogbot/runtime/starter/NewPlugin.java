package dev.cogbot.runtime.starter;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * What {@code new-plugin} is asked for, checked: a plugin id, the Java package of its code, and
 * where its build finds cogbot.
 *
 * <pre>{@code
 * NewPlugin greeter = NewPlugin.of("greeter", null, "0.1.0", Optional.empty());
 * greeter.javaPackage();   // org.example.greeter
 * greeter.cogClass();      // GreeterCog
 * }</pre>
 *
 * @param id               the plugin id: Plugin-Id, the JAR's name, the settings prefix, the folder's name
 * @param javaPackage      the package of the cog and its test
 * @param cogbotVersion    the version of cogbot-plugin-parent the project builds on: this cogbot's
 * @param cogbotRepository a Maven-layout repository holding the cogbot artifacts (the distribution's
 *                         {@code repository/}), named in the pom; empty: the build takes them from the
 *                         local Maven repository
 */
public record NewPlugin(String id, String javaPackage, String cogbotVersion, Optional<Path> cogbotRepository) {

    /** A new plugin's own version, its Plugin-Version: its own from the start, not cogbot's. */
    public static final String FIRST_VERSION = "1.0.0-SNAPSHOT";

    static final int MAX_ID_LENGTH = 40;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String DEFAULT_PACKAGE_PREFIX = "org.example.";

    /**
     * Checks {@code id} and {@code javaPackage} (null: {@code org.example.} and the id without dashes).
     *
     * @throws StarterException with {@link StarterProblem.NotAPluginId} or {@link StarterProblem.NotAJavaPackage}
     */
    public static NewPlugin of(String id, String javaPackage, String cogbotVersion, Optional<Path> cogbotRepository) {
        if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new StarterException(new StarterProblem.NotAPluginId(String.valueOf(id)));
        }
        boolean madeFromId = javaPackage == null;
        String pkg = madeFromId ? DEFAULT_PACKAGE_PREFIX + id.replace("-", "") : javaPackage;
        // SourceVersion.isName: dot-separated identifiers, none of them a keyword
        if (!SourceVersion.isName(pkg)) {
            throw new StarterException(new StarterProblem.NotAJavaPackage(pkg, madeFromId));
        }
        return new NewPlugin(id, pkg, cogbotVersion, cogbotRepository.map(path -> path.toAbsolutePath().normalize()));
    }

    /** The cog's class name: the id in upper camel case, then {@code Cog} ({@code dice-roller}: {@code DiceRollerCog}). */
    public String cogClass() {
        return Arrays.stream(id.split("-"))
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining("", "", "Cog"));
    }

    /** The package as a relative path, {@code org/example/greeter}. */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }
}
