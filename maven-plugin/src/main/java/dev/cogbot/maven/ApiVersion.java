package dev.cogbot.maven;

import java.util.Collection;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The plugin API version a plugin project builds against: the version of its cogbot-api
 * dependency without a qualifier ({@code 0.1.0-SNAPSHOT} is API {@code 0.1.0}), as the runtime
 * states its own API version.
 *
 * <p>Why the project's API and not this build plugin's own runtime: Plugin-Requires says which
 * APIs the plugin works with, and the one API it certainly must work with is the one it was
 * compiled and tested against. The build plugin may be newer than that API (an author can pin
 * it separately); checking against the build plugin's runtime would then pass or fail for a
 * version the plugin never saw.
 */
final class ApiVersion {

    static final String API_GROUP = "dev.cogbot";
    static final String API_ARTIFACT = "cogbot-api";

    private ApiVersion() {
    }

    static String of(Collection<Artifact> artifacts) throws MojoExecutionException {
        return of(artifacts.stream().map(a -> a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getBaseVersion()).toList());
    }

    /** From the project's dependencies as {@code groupId:artifactId:version}. */
    static String of(List<String> coordinates) throws MojoExecutionException {
        String prefix = API_GROUP + ":" + API_ARTIFACT + ":";
        return coordinates.stream()
                .filter(c -> c.startsWith(prefix))
                .map(c -> withoutQualifier(c.substring(prefix.length())))
                .findFirst()
                .orElseThrow(() -> new MojoExecutionException("the project does not depend on " + API_GROUP + ":"
                        + API_ARTIFACT + ", so there is no API version to check Plugin-Requires against;"
                        + " use cogbot-plugin-parent as the parent, or set cogbot.check.apiVersion"));
    }

    /** {@code 0.1.0-SNAPSHOT} and {@code 0.1.0-rc1} are API {@code 0.1.0}. */
    static String withoutQualifier(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? version : version.substring(0, dash);
    }
}
