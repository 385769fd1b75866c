package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several versions of one plugin in the plugins folder, each named {@code <id>-<version>.jar} as
 * the plugin parent builds it: the newest runs, at start and whenever the folder changes; an older
 * one waits and comes up when the newer files go. (Two JARs of one id not named for their versions
 * are ambiguous and refused: BadPluginJarsTest.)
 */
class PluginVersionsInTheFolderTest {

    private static final Duration SETTLE = PluginFolderWatcher.DEFAULT_SETTLE;

    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private LifecycleBot bot;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void theNewestVersionRunsAtStartAndTheOlderWaitsWithoutAnError() {
        greeter("1.0.1").writeTo(plugins().resolve("greeter-1.0.1.jar"));
        greeter("1.0.0").writeTo(plugins().resolve("greeter-1.0.0.jar"));
        start();

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.1");
        assertThat(bot.plugins().summaries()).filteredOn(s -> s.id().equals("greeter"))
                .extracting(PluginSummary::file, PluginSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("greeter-1.0.1.jar", "STARTED"),
                        org.assertj.core.groups.Tuple.tuple("greeter-1.0.0.jar", "UNLOADED"));
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void versionsAreComparedAsVersionsNotAsFileNames() {
        greeter("1.0.9").writeTo(plugins().resolve("greeter-1.0.9.jar"));
        greeter("1.0.10").writeTo(plugins().resolve("greeter-1.0.10.jar"));
        start();

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.10");
    }

    @Test
    void deletingTheRunningVersionBringsUpTheOtherAndTheListingForgetsTheDeletedFile() throws Exception {
        greeter("1.0.1").writeTo(plugins().resolve("greeter-1.0.1.jar"));
        greeter("1.0.0").writeTo(plugins().resolve("greeter-1.0.0.jar"));
        start();
        // an owner chose the older one by its file name
        bot.plugins().unload("greeter", false);
        bot.plugins().load("greeter-1.0.0.jar");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.0");

        bot.changeFolder(SETTLE, dir -> Files.move(dir.resolve("greeter-1.0.0.jar"), elsewhere.resolve("greeter-1.0.0.jar")));

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.1");
        assertThat(bot.plugins().summaries()).filteredOn(s -> s.id().equals("greeter"))
                .extracting(PluginSummary::file, PluginSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("greeter-1.0.1.jar", "STARTED"));
        assertThat(bot.screen()).contains("plugin greeter reloaded: 1.0.0 -> 1.0.1 (greeter-1.0.1.jar)");
    }

    @Test
    void droppingANewerVersionBesideTheRunningOneSwitchesToIt() throws Exception {
        greeter("1.0.0").writeTo(plugins().resolve("greeter-1.0.0.jar"));
        start();

        bot.changeFolder(SETTLE, dir -> greeter("1.1.0").writeTo(dir.resolve("greeter-1.1.0.jar")));

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.1.0");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void droppingAnOlderVersionChangesNothing() throws Exception {
        greeter("1.1.0").writeTo(plugins().resolve("greeter-1.1.0.jar"));
        start();

        bot.changeFolder(SETTLE, dir -> greeter("1.0.0").writeTo(dir.resolve("greeter-1.0.0.jar")));

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.1.0");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void deletingTheNewestVersionBringsBackTheOlderOne() throws Exception {
        greeter("1.0.0").writeTo(plugins().resolve("greeter-1.0.0.jar"));
        greeter("1.1.0").writeTo(plugins().resolve("greeter-1.1.0.jar"));
        start();

        bot.changeFolder(SETTLE, dir -> Files.delete(dir.resolve("greeter-1.1.0.jar")));

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.0");
    }

    @Test
    void aDevBuildLeftBehindByAKilledBotDoesNotShadowTheInstalledVersionWithoutDevMode() {
        greeter("1.0.0").writeTo(plugins().resolve("greeter-1.0.0.jar"));
        greeter("2.0.0-SNAPSHOT").writeTo(plugins().resolve("greeter-dev.jar"));
        start();

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.0");
        assertThat(bot.screen()).contains(
                "plugin refused: greeter-dev.jar and greeter-1.0.0.jar both contain plugin greeter; remove one of them");
    }

    private void start() {
        bot = LifecycleBot.start(home, config -> config.withOverride("plugin-folder-settle", SETTLE.toMillis() + "ms"));
    }

    private Path plugins() {
        Path dir = home.resolve("plugins");
        if (!Files.isDirectory(dir)) {
            LifecycleBot.copyRealPlugins(dir);
        }
        return dir;
    }

    private static TestPlugins.Builder greeter(String version) {
        return TestPlugins.plugin("greeter", version).cog("""
                public final class GreeterCog implements Cog {
                    @Command(name = "greet") public void greet(Context ctx) { ctx.send("hello from %s"); }
                }""".formatted(version));
    }
}
