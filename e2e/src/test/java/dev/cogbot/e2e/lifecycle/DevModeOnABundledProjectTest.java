package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dev mode on a real plugin project as an author has it: the bundled jokes plugin, built by this
 * build on cogbot-plugin-parent exactly as an outside plugin is, given by its project folder (its JAR
 * in target/) or by its classes folder (whose manifest dev mode makes from the project's pom, the
 * version inherited from the parent). The copy of jokes installed in the plugins folder waits meanwhile.
 */
class DevModeOnABundledProjectTest {

    @TempDir
    Path home;

    private LifecycleBot bot;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void theProjectFolderRunsItsBuiltJar() {
        bot = LifecycleBot.start(home, new CogbotApp.Options(List.of(jokesProject()), false));

        assertRunsFromTheDevBuild();
    }

    @Test
    void theClassesFolderRunsWithTheManifestOfItsPom() {
        bot = LifecycleBot.start(home, new CogbotApp.Options(List.of(jokesProject().resolve("target/classes")), false));

        assertRunsFromTheDevBuild();
    }

    private void assertRunsFromTheDevBuild() {
        assertThat(bot.screen()).contains("plugin jokes " + LifecycleBot.VERSION + " loaded (jokes-dev.jar)");
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThat(bot.plugins().summaries()).filteredOn(s -> s.id().equals("jokes"))
                .extracting(PluginSummary::file, PluginSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jokes-dev.jar", "STARTED"),
                        org.assertj.core.groups.Tuple.tuple(LifecycleBot.realJarName("jokes"), "UNLOADED"));
        assertThat(bot.log().problems()).isEmpty();
    }

    /** plugins/jokes in this repository: the build copies its JAR to e2e/target/plugins. */
    private static Path jokesProject() {
        Path built = LifecycleBot.realJar("jokes").toAbsolutePath().normalize();
        return built.getParent().getParent().getParent().getParent().resolve("plugins").resolve("jokes");
    }
}
