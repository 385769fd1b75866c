package dev.cogbot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.plugins.TestPluginJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cogbot:check on plugin JARs built in the test: an author's build fails with the line the bot
 * would give for the same JAR, and passes a JAR the bot loads with every cog.
 */
class BuiltJarCheckTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }
    };

    @Test
    void aGoodPluginJarPasses() throws Exception {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(dir);

        BuiltJarCheck.run(jar, "0.1.0", log);

        assertThat(errors).isEmpty();
        assertThat(infos).containsExactly("cogbot plugin check: hello-1.0.0.jar loads as a plugin (API 0.1.0)");
    }

    @Test
    void aCogMissingExtensionFailsTheBuild() {
        TestPluginJar plugin = TestPluginJar.plugin("hello", "1.0.0").helloCog()
                .source("public final class ForgottenCog implements Cog { }");

        assertThat(failure(plugin.writeTo(dir))).hasMessage("plugin hello (hello-1.0.0.jar): class "
                + plugin.className("ForgottenCog") + " implements Cog but is missing @Extension, so the bot will not"
                + " load it; add @Extension (org.pf4j.Extension) and compile with PF4J's annotation processor");
    }

    @Test
    void aMissingExtensionIndexFailsTheBuild() {
        TestPluginJar plugin = TestPluginJar.plugin("hello", "1.0.0").helloCog().withoutIndex();

        assertThat(failure(plugin.writeTo(dir))).hasMessage("plugin hello (hello-1.0.0.jar) has no"
                + " META-INF/extensions.idx, so the bot finds none of its cogs (" + plugin.className("HelloCog")
                + "); compile with PF4J's annotation processor"
                + " (org.pf4j:pf4j on the annotation processor path, as cogbot-plugin-parent does)");
    }

    @Test
    void aBadManifestFailsTheBuild() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().manifest("Plugin-Version", null).writeTo(dir);

        assertThat(failure(jar)).hasMessage("hello-1.0.0.jar is not a plugin: its manifest has no Plugin-Version");
    }

    @Test
    void aPluginRequiresThatExcludesTheApiItBuildsAgainstFailsTheBuild() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().requires(">=0.2.0 & <1.0.0").writeTo(dir);

        assertThat(failure(jar)).hasMessage("plugin hello (hello-1.0.0.jar) requires cogbot >=0.2.0 & <1.0.0,"
                + " but this is 0.1.0; upgrade cogbot or use a matching plugin version");
    }

    @Test
    void aPluginWithoutCogsFailsTheBuildThoughTheBotWouldOnlyWarn() {
        Path jar = TestPluginJar.plugin("empty", "1.0.0").source("public final class Helper { }").writeTo(dir);

        assertThat(failure(jar)).hasMessageStartingWith("plugin empty (empty-1.0.0.jar) has no cogs");
    }

    @Test
    void everyProblemIsLoggedAndTheFirstFailsTheBuild() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").requires(">=5.0.0")
                .source("public final class ACog implements Cog { }").writeTo(dir);

        MojoFailureException failure = failure(jar);

        assertThat(errors).hasSize(2).first().isEqualTo(failure.getMessage());
        assertThat(errors.get(1)).contains("ACog implements Cog but is missing @Extension");
    }

    @Test
    void noJarYetSaysToRunTheCheckAfterPackage() throws Exception {
        Path missing = Files.createDirectories(dir.resolve("target")).resolve("hello-1.0.0.jar");

        assertThat(failure(missing)).hasMessage("there is no plugin JAR hello-1.0.0.jar to check in "
                + missing.getParent() + "; run cogbot:check after the JAR is made (phase package)");
    }

    private MojoFailureException failure(Path jar) {
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class,
                () -> BuiltJarCheck.run(jar, "0.1.0", log));
        assertThat(failure).as("the build fails").isNotNull();
        return failure;
    }
}
