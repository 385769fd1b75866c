package dev.cogbot.e2e.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.RuntimeVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin project outside this build, on cogbot-plugin-parent, built by Maven itself (offline,
 * the wrapper of this repository): the check the parent binds at {@code package} fails the
 * author's build with the line the bot would log. The cogbot artifacts of this build go into a
 * local repository of the test's own, in front of the machine's (read-only, as its tail), so
 * nothing is installed anywhere shared.
 */
class PluginBuildCheckTest {

    private static final String VERSION = RuntimeVersion.version();

    @TempDir
    Path work;

    @Test
    void aCogMissingExtensionFailsTheAuthorsBuildWithTheBotsLine() throws Exception {
        Path project = pluginProject("forgetful", """
                package example;

                import dev.cogbot.api.*;

                public final class ForgottenCog implements Cog {
                    @Command(name = "hello") public void hello(Context ctx) { ctx.send("hi"); }
                }
                """);

        Build build = maven(project);

        assertThat(build.exitCode()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("[ERROR] plugin forgetful (forgetful-" + VERSION + ".jar): class example.ForgottenCog"
                + " implements Cog but is missing @Extension, so the bot will not load it; add @Extension"
                + " (org.pf4j.Extension) and compile with PF4J's annotation processor");
    }

    // --- a plugin project and its build

    private record Build(int exitCode, String output) {
    }

    /**
     * A plugin project on cogbot-plugin-parent. Its version is cogbot's, so that this test of the
     * check does not also test how the parent pins cogbot's versions for a plugin versioned otherwise.
     */
    private Path pluginProject(String id, String cogSource) throws IOException {
        Path project = Files.createDirectories(work.resolve(id));
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>dev.cogbot</groupId>
                    <artifactId>cogbot-plugin-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>
                  <groupId>example</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <description>A plugin built by a test</description>
                  <properties>
                    <plugin.id>%s</plugin.id>
                  </properties>
                </project>
                """.formatted(VERSION, id, VERSION, id));
        Path sources = Files.createDirectories(project.resolve("src/main/java/example"));
        Files.writeString(sources.resolve("ForgottenCog.java"), cogSource);
        return project;
    }

    private Build maven(Path project) throws Exception {
        Path repository = cogbotArtifactsRepository();
        Path root = Path.of(System.getProperty("cogbot.test.source", "..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-o", "package",
                "-Dmaven.test.skip=true",
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + machineRepository()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        Path log = work.resolve(project.getFileName() + "-build.log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the plugin's Maven build did not end within 5 minutes: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The local repository this build uses, as the tail: read, never written. */
    private static Path machineRepository() {
        return Path.of(System.getProperty("cogbot.test.m2",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    }

    /** The cogbot artifacts an outside plugin build needs, from this build's modules, in Maven's layout. */
    private Path cogbotArtifactsRepository() throws IOException {
        Path root = Path.of(System.getProperty("cogbot.test.source", "..")).toAbsolutePath().normalize();
        Path repository = Files.createDirectories(work.resolve("repository"));
        put(repository, "cogbot-parent", root.resolve("pom.xml"), null);
        put(repository, "cogbot-plugin-parent", root.resolve("plugin-parent/pom.xml"), null);
        for (String[] module : new String[][] {
                {"api", "cogbot-api"}, {"runtime", "cogbot-runtime"}, {"testkit", "cogbot-testkit"},
                {"maven-plugin", "cogbot-maven-plugin"}}) {
            Path dir = root.resolve(module[0]);
            put(repository, module[1], dir.resolve("pom.xml"),
                    dir.resolve("target").resolve(module[1] + "-" + VERSION + ".jar"));
        }
        return repository;
    }

    private static void put(Path repository, String artifactId, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(repository.resolve("dev/cogbot").resolve(artifactId).resolve(VERSION));
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new AssertionError(jar + " is missing: build the whole project first (./test, or ./mvnw verify)");
            }
            Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"));
        }
    }
}
