package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.e2e.MavenBuild.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's own build fails with the line the bot would log when the JAR would not load as they
 * meant: a project from {@code cogbot new-plugin} whose cog lost its {@code @Extension}, built with its
 * {@code ./build} as {@link NewPluginToHotLoadTest} builds one that works.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot and ./build are POSIX shell scripts")
class PluginBuildCheckTest {

    @TempDir
    Path cogbot;
    @TempDir
    Path work;
    @TempDir
    Path scratch;

    @Test
    void aCogMissingExtensionFailsTheAuthorsBuildWithTheBotsLine() throws Exception {
        Path project = MavenBuild.newPlugin(cogbot, "forgetful", work).project();
        Path cog = project.resolve("src/main/java/org/example/forgetful/ForgetfulCog.java");
        Files.writeString(cog, Files.readString(cog).replace("@Extension\n", ""));

        Outcome built = MavenBuild.build(project, scratch);

        assertThat(built.exitCode()).as(built.toString()).isNotZero();
        assertThat(built.output()).contains("[ERROR] plugin forgetful (forgetful-1.0.0-SNAPSHOT.jar): class"
                + " org.example.forgetful.ForgetfulCog implements Cog but is missing @Extension, so the bot will"
                + " not load it; add @Extension (org.pf4j.Extension) and compile with PF4J's annotation processor");
    }
}
