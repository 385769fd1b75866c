package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins folder of a running bot, beyond dropping and deleting (PluginFolderTest): replacing
 * a JAR, bursts of changes, files that are not JARs, and a JAR that arrives in two halves. The
 * watcher acts once the folder has been quiet for {@link PluginFolderWatcher#DEFAULT_SETTLE} on
 * the bot's clock, which the test moves.
 */
class FolderReplacementTest {

    private static final Duration SETTLE = PluginFolderWatcher.DEFAULT_SETTLE;
    private static final Duration LESS_THAN_SETTLE = SETTLE.minusMillis(250);

    @TempDir
    Path home;

    private LifecycleBot bot;

    @BeforeEach
    void startBot() {
        LifecycleBot.copyRealPlugins(home.resolve("plugins"));
        greeter("1.0.0").writeTo(home.resolve("plugins").resolve("greeter-1.0.0.jar"));
        bot = LifecycleBot.start(home, config -> config.withOverride("plugin-folder-settle", SETTLE.toMillis() + "ms"));
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.0");
    }

    @AfterEach
    void stopBot() {
        bot.close();
    }

    @Test
    void overwritingAJarWithAnotherVersionReloadsIt() throws Exception {
        bot.changeFolder(SETTLE, dir -> greeter("2.0.0").writeTo(dir.resolve("greeter-1.0.0.jar")));

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 2.0.0");
        assertThat(versionOfGreeter()).isEqualTo("2.0.0");
        assertThat(bot.log().containing("Plugin folder: reloaded greeter 1.0.0 -> greeter 2.0.0")).hasSize(1);
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void replacingAJarByANewerFileReloadsItOnce() throws Exception {
        bot.changeFolder(SETTLE, dir -> {
            greeter("2.0.0").writeTo(dir.resolve("greeter-2.0.0.jar.tmp"));
            Files.delete(dir.resolve("greeter-1.0.0.jar"));
            Files.move(dir.resolve("greeter-2.0.0.jar.tmp"), dir.resolve("greeter-2.0.0.jar"));
        });

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 2.0.0");
        assertThat(bot.plugins().runningSources().get("greeter").getFileName().toString()).isEqualTo("greeter-2.0.0.jar");
        // a reload, not an unload and a load: the commands never went away
        assertThat(bot.log().containing("Plugin folder: ")).singleElement().asString()
                .contains("Plugin folder: reloaded greeter 1.0.0 -> greeter 2.0.0");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void aBurstOfChangesSettlesIntoOneReload() throws Exception {
        // each change restarts the quiet period, so none of these moves of the clock lets the watcher act
        bot.changeFolder(LESS_THAN_SETTLE, dir -> greeter("2.0.0").writeTo(dir.resolve("greeter-1.0.0.jar")));
        bot.changeFolder(LESS_THAN_SETTLE, dir -> greeter("3.0.0").writeTo(dir.resolve("greeter-1.0.0.jar")));
        bot.changeFolder(LESS_THAN_SETTLE, dir -> greeter("4.0.0").writeTo(dir.resolve("greeter-1.0.0.jar")));
        assertThat(versionOfGreeter()).isEqualTo("1.0.0");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.0");

        bot.advance(SETTLE);

        assertThat(versionOfGreeter()).isEqualTo("4.0.0");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 4.0.0");
        assertThat(bot.log().containing("Plugin folder: ")).containsExactly(
                "INFO dev.cogbot.runtime.plugins.PluginFolderWatcher - Plugin folder: reloaded greeter 1.0.0 -> greeter 4.0.0 (commands: greet)");
        assertThat(bot.log().containing("Plugin greeter 2.0.0 running")).isEmpty();
        assertThat(bot.log().containing("Plugin greeter 3.0.0 running")).isEmpty();
        // and nothing more happens later
        bot.advance(Duration.ofMinutes(5));
        assertThat(bot.log().containing("Plugin folder: ")).hasSize(1);
    }

    @Test
    void filesThatAreNotJarsAreIgnored() throws Exception {
        bot.changeFolder(SETTLE, dir -> {
            // a perfectly good plugin, but not named .jar: not for the bot
            greeter("9.0.0").writeTo(dir.resolve("greeter-9.0.0.zip"));
            greeter("9.0.0").writeTo(dir.resolve("greeter-9.0.0.jar.part"));
            Files.writeString(dir.resolve("notes.txt"), "remember to update the jokes");
            Files.writeString(dir.resolve("README"), "plugins go here");
            // the watcher does act on this one, so once it has, it has seen all of the above
            TestPlugins.plugin("sentinel", "1.0.0").cog("""
                    public final class SentinelCog implements Cog {
                        @Command(name = "sentinel") public void sentinel(Context ctx) { ctx.send("on guard"); }
                    }""").writeTo(dir.resolve("sentinel.jar"));
        });

        assertThat(botSaid(bot.type("!sentinel"))).containsExactly("on guard");
        assertThat(versionOfGreeter()).isEqualTo("1.0.0");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from 1.0.0");
        assertThat(bot.plugins().summaries()).extracting(PluginSummary::file)
                .doesNotContain("greeter-9.0.0.zip", "greeter-9.0.0.jar.part", "notes.txt", "README");
        assertThat(bot.log().containing("Plugin folder: ")).singleElement().asString()
                .contains("Plugin folder: loaded sentinel 1.0.0");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void aJarWrittenInTwoHalvesWithinTheQuietPeriodIsLoadedOnceWhole() throws Exception {
        byte[] jar = TestPlugins.plugin("late", "1.0.0").cog(LATE_COG).build();
        Path file = home.resolve("plugins").resolve("late.jar");
        try (OutputStream out = Files.newOutputStream(file)) {
            bot.changeFolder(LESS_THAN_SETTLE, dir -> {
                out.write(Arrays.copyOfRange(jar, 0, jar.length / 2));
                out.flush();
            });
            assertThat(bot.plugins().isRunning("late")).isFalse();

            bot.changeFolder(SETTLE, dir -> {
                out.write(Arrays.copyOfRange(jar, jar.length / 2, jar.length));
                out.flush();
            });
        }
        bot.advance(SETTLE); // the close may count as one more change

        assertThat(botSaid(bot.type("!late"))).containsExactly("made it");
        assertThat(bot.log().containing("Plugin folder: ")).singleElement().asString()
                .contains("Plugin folder: loaded late 1.0.0");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void aJarWhoseSecondHalfIsLateIsNotLoadedHalfWrittenButOnceWhole() throws Exception {
        byte[] jar = TestPlugins.plugin("late", "1.0.0").cog(LATE_COG).build();
        Path file = home.resolve("plugins").resolve("late.jar");
        try (OutputStream out = Files.newOutputStream(file)) {
            // the copy stalls for longer than the quiet period: the watcher looks at half a JAR
            bot.changeFolder(SETTLE.multipliedBy(4), dir -> {
                out.write(Arrays.copyOfRange(jar, 0, jar.length / 2));
                out.flush();
            });
            assertThat(bot.plugins().isRunning("late")).isFalse();
            assertThat(bot.plugins().summaries()).filteredOn(s -> s.file().equals("late.jar"))
                    .extracting(PluginSummary::state).containsExactly("UNLOADED");
            assertThat(bot.log().errors()).singleElement().asString()
                    .contains("late.jar is not a plugin: it is not a JAR (zip) file, or it is damaged or still being copied");

            bot.changeFolder(SETTLE, dir -> {
                out.write(Arrays.copyOfRange(jar, jar.length / 2, jar.length));
                out.flush();
            });
        }
        bot.advance(SETTLE);

        assertThat(botSaid(bot.type("!late"))).containsExactly("made it");
        assertThat(bot.log().containing("Plugin folder: loaded")).singleElement().asString()
                .contains("Plugin folder: loaded late 1.0.0");
    }

    private static final String LATE_COG = """
            public final class LateCog implements Cog {
                @Command(name = "late") public void late(Context ctx) { ctx.send("made it"); }
            }""";

    private static TestPlugins.Builder greeter(String version) {
        return TestPlugins.plugin("greeter", version).cog("""
                public final class GreeterCog implements Cog {
                    @Command(name = "greet") public void greet(Context ctx) { ctx.send("hello from %s"); }
                }""".formatted(version));
    }

    private String versionOfGreeter() {
        return bot.plugins().summaries().stream().filter(s -> s.id().equals("greeter") && s.state().equals("STARTED"))
                .map(PluginSummary::version).findFirst().orElse("not running");
    }
}
