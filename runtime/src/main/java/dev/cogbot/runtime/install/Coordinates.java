package dev.cogbot.runtime.install;

import java.util.regex.Pattern;

/**
 * A plugin's Maven coordinates, {@code groupId:artifactId:version}: the JAR of that artifact is the
 * plugin.
 *
 * <pre>{@code
 * Coordinates.parse("org.example:greeter:1.2.0").artifactId();   // "greeter"
 * }</pre>
 *
 * @param groupId    e.g. {@code org.example}
 * @param artifactId e.g. {@code greeter}
 * @param version    e.g. {@code 1.2.0}, or a {@code -SNAPSHOT}
 */
public record Coordinates(String groupId, String artifactId, String version) {

    // what Maven accepts in ids, and versions without spaces or path separators, as dotted words: no empty part, so no ".." that would climb out of a repository's layout
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_\\-+]+(\\.[A-Za-z0-9_\\-+]+)*");

    /**
     * Reads {@code groupId:artifactId:version}.
     *
     * @throws InstallException with {@link InstallProblem.BadCoordinates} if {@code given} is not that
     */
    public static Coordinates parse(String given) {
        String[] parts = given.strip().split(":", -1);
        if (parts.length != 3 || !ID.matcher(parts[0]).matches() || !ID.matcher(parts[1]).matches()
                || !VERSION.matcher(parts[2]).matches() || parts[2].matches("\\.+")) {
            throw new InstallException(new InstallProblem.BadCoordinates(given));
        }
        return new Coordinates(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
