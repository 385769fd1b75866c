package dev.cogbot.maven;

import java.io.File;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code cogbot:check}: the plugin JAR just built, checked as the bot will load it
 * ({@link dev.cogbot.runtime.plugins.PluginJarCheck}); the build fails with the bot's one-line
 * reason. cogbot-plugin-parent binds it at {@code package}, after the JAR is made:
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.cogbot</groupId>
 *   <artifactId>cogbot-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckMojo extends AbstractMojo {

    /** The plugin JAR to check. */
    @Parameter(property = "cogbot.check.jar",
            defaultValue = "${project.build.directory}/${project.build.finalName}.jar", required = true)
    private File jar;

    /**
     * The plugin API version Plugin-Requires is checked against; by default that of the cogbot-api
     * the project compiles against.
     */
    @Parameter(property = "cogbot.check.apiVersion")
    private String apiVersion;

    /** Leaves the check out, e.g. for a plugin that only carries classes for plugins that depend on it. */
    @Parameter(property = "cogbot.check.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.packaging}", readonly = true, required = true)
    private String packaging;

    @Parameter(defaultValue = "${project.artifacts}", readonly = true, required = true)
    private Set<Artifact> artifacts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cogbot plugin check skipped (cogbot.check.skip)");
            return;
        }
        if ("pom".equals(packaging)) {
            // the parents of plugins (and cogbot-plugins) make no JAR
            return;
        }
        String api = apiVersion != null && !apiVersion.isBlank() ? apiVersion.strip() : ApiVersion.of(artifacts);
        BuiltJarCheck.run(jar.toPath(), api, getLog());
    }
}
