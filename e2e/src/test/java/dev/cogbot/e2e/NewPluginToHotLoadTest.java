package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.e2e.MavenBuild.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * From nothing to a plugin hot-loaded into a running bot, as the guide tells an author: {@code cogbot
 * new-plugin} from the built distribution, the generated {@code ./build} with no edits (offline, on
 * the distribution's repository of cogbot artifacts), then its JAR dropped into a running bot.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot and ./build are POSIX shell scripts")
class NewPluginToHotLoadTest {

    @TempDir
    Path cogbot;
    @TempDir
    Path work;
    @TempDir
    Path scratch;
    @TempDir
    Path bot;

    /** One test: the nested Maven build costs tens of seconds, and each step needs the one before. */
    @Test
    void aGeneratedPluginBuildsPassesItsTestAndIsHotLoadedIntoARunningBot() throws Exception {
        MavenBuild.Generated generated = MavenBuild.newPlugin(cogbot, "greeter", work);
        Path project = generated.project();
        assertThat(Files.readString(project.resolve("pom.xml")))
                .contains("<url>" + generated.distribution().home().resolve("repository").toUri() + "</url>");

        Outcome built = MavenBuild.build(project, scratch);

        System.out.println("the generated project's ./build took " + built.took().toMillis() + " ms");
        assertThat(built.exitCode()).as(built.toString()).isZero();
        assertThat(project.resolve("target/surefire-reports/TEST-org.example.greeter.GreeterCogTest.xml"))
                .content().contains("tests=\"2\"", "failures=\"0\"", "errors=\"0\"", "skipped=\"0\"");
        Path jar = project.resolve("target/greeter-1.0.0-SNAPSHOT.jar");
        assertThat(jar).isRegularFile();

        try (ConsoleSession console = new ConsoleSession(bot, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            assertThat(console.app().plugins().isRunning("greeter")).isFalse();

            console.dropIntoPlugins(jar);

            assertThat(console.app().plugins().isRunning("greeter")).isTrue();
            assertThat(console.type("!hello")).last().asString().endsWith("Hello, alice!");
            assertThat(console.type("!hello 1m")).last().asString().endsWith("I'll say hello in 1m.");
            assertThat(console.advance(Duration.ofMinutes(1))).last().asString().endsWith("Hello, alice!");
        }
    }
}
