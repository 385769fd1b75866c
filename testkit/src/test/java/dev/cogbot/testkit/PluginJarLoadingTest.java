package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.isolation.IsolatingClassLoader;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.TestPluginJar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test loading the built plugin JAR as the bot will: through PF4J, its manifest and its
 * extension index. A JAR the bot would refuse fails the test with the bot's own line.
 */
class PluginJarLoadingTest {

    @TempDir
    Path dir;

    @Test
    void aBuiltJarLoadsAndItsCogAnswers() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(dir);

        try (TestBot bot = TestBot.builder().pluginJar(jar).build()) {
            assertThat(bot.user("alice").says("!hello")).containsExactly("cogbot: hi");
        }
    }

    @Test
    void itsCogsComeFromThePluginsOwnClassLoaderNotTheTestClassPath() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(dir);

        try (TestBot bot = TestBot.builder().pluginJar(jar).build()) {
            Object cog = bot.plugin("hello").orElseThrow().cogs().getFirst().cog();
            assertThat(cog.getClass().getClassLoader()).isInstanceOf(IsolatingClassLoader.class);
        }
    }

    @Test
    void aJarTheBotWouldRefuseFailsWithTheBotsLine() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().manifest("Plugin-Version", null).writeTo(dir);

        assertThatThrownBy(() -> TestBot.builder().pluginJar(jar).build())
                .isInstanceOfSatisfying(PluginOperationException.class, e -> assertThat(e.problem())
                        .isEqualTo(new PluginProblem.NotAPluginJar("hello-1.0.0.jar", "its manifest has no Plugin-Version")))
                .hasMessage("hello-1.0.0.jar is not a plugin: its manifest has no Plugin-Version");
    }

    @Test
    void aCogMissingExtensionIsNotThereAsInTheBot() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().source("""
                public final class ForgottenCog implements Cog {
                    @Command(name = "forgotten") public void forgotten(Context ctx) { ctx.send("here"); }
                }""").writeTo(dir);

        try (LoggedProblems problems = LoggedProblems.capture();
             TestBot bot = TestBot.builder().pluginJar(jar).build()) {
            assertThat(bot.user("alice").says("!forgotten")).singleElement().asString()
                    .startsWith("cogbot: I don't know !forgotten.");
            assertThat(problems.containing("ForgottenCog implements Cog but is missing @Extension")).hasSize(1);
        }
    }

    @Test
    void jarsLoadInTheOrderGivenSoADependencyGoesFirst() {
        Path base = TestPluginJar.plugin("base", "1.0.0").helloCog().writeTo(dir);
        Path extra = TestPluginJar.plugin("extra", "1.0.0").manifest("Plugin-Dependencies", "base").source("""
                @Extension public final class ExtraCog implements Cog {
                    @Command(name = "extra") public void extra(Context ctx) { ctx.send("more"); }
                }""").writeTo(dir);

        try (TestBot bot = TestBot.builder().pluginJar(base).pluginJar(extra).build()) {
            assertThat(bot.user("alice").says("!extra")).containsExactly("cogbot: more");
        }
        assertThatThrownBy(() -> TestBot.builder().pluginJar(extra).build())
                .hasMessage("plugin extra (extra-1.0.0.jar) needs plugin(s) base, which are not loaded; load them first");
    }

    @Test
    void aJarNotBuiltYetSaysToBuildItFirst() {
        Path missing = dir.resolve("target/hello-1.0.0.jar");

        assertThatThrownBy(() -> TestBot.builder().pluginJar(missing).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no plugin JAR " + missing.toAbsolutePath()
                        + "; build it first (mvn package), and run this test after the package phase");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void theBuiltJarOutsideAnIntegrationTestSaysHowToGetIt() {
        // surefire runs this module's tests; only failsafe, after the JAR is made, sets the property
        assertThatThrownBy(() -> TestBot.builder().builtPluginJar())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no built plugin JAR: the system property cogbot.plugin.jar is not set; name the test *IT"
                        + " so cogbot-plugin-parent runs it after the JAR is made, or use pluginJar(path)");
    }
}
