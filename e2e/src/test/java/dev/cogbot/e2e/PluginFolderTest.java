package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.plugins.PluginFolderWatcher;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping, deleting and replacing JARs in the plugins folder of a running bot. */
class PluginFolderTest {

    @TempDir
    Path home;
    @TempDir
    Path elsewhere;

    private ConsoleSession console;
    private PluginFolderWatcher watcher;

    @BeforeEach
    void startBot() {
        console = new ConsoleSession(home, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        watcher = console.app().folderWatcher();
    }

    @AfterEach
    void stopBot() {
        console.close();
    }

    @Test
    void deletingAJarUnloadsItsPlugin() throws Exception {
        long before = watcher.noticed();
        Files.move(jar("jokes"), elsewhere.resolve("jokes.jar"));
        settle(before);
        assertThat(console.app().plugins().isRunning("jokes")).isFalse();
        assertThat(console.type("!lightbulb")).last().asString().contains("I don't know !lightbulb");
    }

    @Test
    void aDeletedJarIsNotRememberedAsUnloadedByAnOwnerSoANewVersionLoadsEvenAfterARestart() throws Exception {
        long before = watcher.noticed();
        Files.move(jar("jokes"), elsewhere.resolve("jokes.jar"));
        settle(before);
        assertThat(WantedPlugins.in(home.resolve("data")).unloaded()).doesNotContain("jokes");
    }

    @Test
    void droppingAJarInLoadsIt() throws Exception {
        long before = watcher.noticed();
        Files.move(jar("jokes"), elsewhere.resolve("jokes.jar"));
        settle(before);
        before = watcher.noticed();
        Files.copy(elsewhere.resolve("jokes.jar"), home.resolve("plugins").resolve("jokes-again.jar"));
        settle(before);
        assertThat(console.app().plugins().isRunning("jokes")).isTrue();
        assertThat(console.type("!lightbulb")).hasSize(2);
    }

    @Test
    void deletingAJarSaysSoOnTheConsole() throws Exception {
        long before = watcher.noticed();
        Files.move(jar("jokes"), elsewhere.resolve("jokes.jar"));
        settle(before);
        assertThat(console.screen()).contains("plugin jokes " + VERSION + " unloaded");
    }

    @Test
    void droppingAJarInSaysSoOnTheConsole() throws Exception {
        long before = watcher.noticed();
        Files.move(jar("jokes"), elsewhere.resolve("jokes.jar"));
        settle(before);
        before = watcher.noticed();
        Files.copy(elsewhere.resolve("jokes.jar"), home.resolve("plugins").resolve("jokes-again.jar"));
        settle(before);
        assertThat(console.screen()).contains("plugin jokes " + VERSION + " loaded (jokes-again.jar)");
    }

    @Test
    void aBrokenJarDroppedInIsRefusedWithWhyOnTheConsole() throws Exception {
        long before = watcher.noticed();
        Files.writeString(home.resolve("plugins").resolve("broken.jar"), "not a zip at all");
        settle(before);
        assertThat(console.screen()).containsOnlyOnce("plugin refused: broken.jar is not a plugin: it is not a JAR (zip) file,"
                + " or it is damaged or still being copied");
    }

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private Path jar(String id) throws Exception {
        try (var files = Files.list(home.resolve("plugins"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
        }
    }

    @Test
    void theConsolesPluginsCommandListsWhatTheBotListsEverywhere() {
        assertThat(console.type("/plugins")).containsAll(console.app().admin().list().lines())
                .anySatisfy(line -> assertThat(line).startsWith("jokes ").contains(" STARTED: "));
    }

    @Test
    void aJarTheWatcherCannotLoadIsListedAsFailedWithWhy() throws Exception {
        long before = watcher.noticed();
        Path needy = home.resolve("plugins").resolve("needy.jar");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(needy), manifest("needy", "nobody-here"))) {
            jar.putNextEntry(new java.util.jar.JarEntry("META-INF/extensions.idx"));
        }
        settle(before);

        assertThat(console.app().admin().list().plugins()).filteredOn(p -> p.file().equals("needy.jar"))
                .singleElement().satisfies(p -> {
                    assertThat(p.state()).isEqualTo("FAILED");
                    assertThat(p.problem()).get().asString().contains("nobody-here");
                });
    }

    @Test
    void aSecondJarOfARunningPluginIsListedAsFailedWithWhy() throws Exception {
        long before = watcher.noticed();
        Files.copy(jar("jokes"), home.resolve("plugins").resolve("my-jokes.jar"));
        settle(before);

        assertThat(console.app().admin().list().plugins()).filteredOn(p -> p.file().equals("my-jokes.jar"))
                .singleElement().satisfies(p -> {
                    assertThat(p.state()).isEqualTo("FAILED");
                    assertThat(p.problem().orElseThrow().message()).contains("both contain plugin jokes");
                });
    }

    private static java.util.jar.Manifest manifest(String id, String dependency) {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Dependencies", dependency);
        return manifest;
    }

    /** Waits until the watcher noticed the change, then moves the bot's clock past the quiet period. */
    private void settle(long noticedBefore) throws Exception {
        assertThat(watcher.awaitNoticed(noticedBefore, Duration.ofSeconds(20))).isGreaterThan(noticedBefore);
        // the file system reports events late and in order: once a marker written now is seen,
        // every event of the change has been handled, and moving the clock ends the quiet period
        String marker = ".events-handled-" + (++markers);
        Files.writeString(home.resolve("plugins").resolve(marker), "");
        assertThat(watcher.awaitSeen(marker, Duration.ofSeconds(20))).isTrue();
        console.advance(PluginFolderWatcher.DEFAULT_SETTLE);
    }

    private int markers;
}
