package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.plugins.DevBuilds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogbot run --dev PATH}: a plugin project built outside the plugins folder is loaded at
 * start and reloaded about a second after each build, the bot and its store running on. The build
 * output is looked at every {@link DevBuilds#POLL} on the bot's clock, which the test moves; it is
 * staged once it has stayed the same for {@link DevBuilds#QUIET}.
 */
class DevModeTest {

    @TempDir
    Path home;
    @TempDir
    Path project;

    private LifecycleBot bot;
    private long builds;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void aProjectsJarIsLoadedAtStartAndTheConsoleSaysSo() throws Exception {
        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "hello").build());
        startDev(project);

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello");
        assertThat(bot.screen()).contains("plugin greeter 1.0.0 loaded (greeter-dev.jar)");
    }

    @Test
    void aRebuildIsReloadedASecondAfterTheBuildKeepingTheStore() throws Exception {
        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "hello").build());
        startDev(project);
        bot.type("!remember");

        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "hello again").build());
        assertThat(bot.advance(DevBuilds.QUIET)).as("the build may still be writing").isEmpty();
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello");

        List<String> reload = bot.advance(DevBuilds.POLL);

        assertThat(reload).containsExactly("plugin greeter reloaded: 1.0.0 -> 1.0.0 (greeter-dev.jar)");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello again");
        assertThat(botSaid(bot.type("!recall"))).containsExactly("remembered");
        assertThat(bot.log().problems()).isEmpty();
    }

    @Test
    void aBrokenJarKeepsTheRunningVersionWithOneLine() throws Exception {
        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "hello").build());
        startDev(project);

        build(project.resolve("target/greeter-1.0.0.jar"), TestPlugins.notAZip());
        List<String> printed = bot.advance(DevBuilds.QUIET.plus(DevBuilds.POLL));

        assertThat(printed).singleElement().asString()
                .startsWith("plugin refused: " + project.toAbsolutePath().normalize().resolve("target/greeter-1.0.0.jar")
                        + " is not a plugin: ")
                .contains("it is not a JAR (zip) file")
                .endsWith("what runs stays as it is");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello");
        // and nothing more until the next build
        assertThat(bot.advance(Duration.ofMinutes(1))).noneMatch(line -> line.startsWith("plugin "));
    }

    @Test
    void aBuildWhoseCogFailsToLoadKeepsTheRunningVersionWithOneLine() throws Exception {
        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "hello").build());
        startDev(project);

        build(project.resolve("target/greeter-1.0.1.jar"), TestPlugins.plugin("greeter", "1.0.1").cog("""
                public final class GreeterCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("half-written cog"); }
                }""").build());
        List<String> printed = bot.advance(DevBuilds.QUIET.plus(DevBuilds.POLL));

        assertThat(printed).singleElement().asString().isEqualTo("plugin refused: plugin greeter (greeter-dev.jar)"
                + " failed to start: IllegalStateException: half-written cog; version 1.0.0 is back in service");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello");
    }

    @Test
    void aClassesFolderIsPackedWithTheManifestOfItsPom() throws Exception {
        Path classes = project.resolve("target/classes");
        Files.writeString(project.resolve("pom.xml"), POM);
        unpack(greeter("1.0.0", "hello from classes").build(), classes);
        startDev(classes);

        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello from classes");
        assertThat(bot.screen()).contains("plugin greeter 1.0.0-SNAPSHOT loaded (greeter-dev.jar)");

        deleteTree(classes);
        unpack(greeter("1.0.0", "recompiled").build(), classes);
        bot.advance(DevBuilds.QUIET.plus(DevBuilds.POLL));

        assertThat(botSaid(bot.type("!greet"))).containsExactly("recompiled");
    }

    @Test
    void aClassesFolderWithoutAnExtensionIndexKeepsTheRunningVersion() throws Exception {
        Path classes = project.resolve("target/classes");
        Files.writeString(project.resolve("pom.xml"), POM);
        unpack(greeter("1.0.0", "hello").build(), classes);
        startDev(classes);

        Files.delete(classes.resolve("META-INF/extensions.idx"));
        List<String> printed = bot.advance(DevBuilds.QUIET.plus(DevBuilds.POLL));

        assertThat(printed).singleElement().asString().contains("it has no META-INF/extensions.idx");
        assertThat(botSaid(bot.type("!greet"))).containsExactly("hello");
    }

    @Test
    void theBuildBeingWorkedOnRunsInsteadOfAnInstalledJarOfThePluginWhichComesBackAfter() throws Exception {
        LifecycleBot.copyRealPlugins(home.resolve("plugins"));
        greeter("0.9.0", "installed").writeTo(home.resolve("plugins/greeter-0.9.0.jar"));
        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "being worked on").build());
        startDev(project);

        assertThat(botSaid(bot.type("!greet"))).containsExactly("being worked on");
        assertThat(bot.log().problems()).isEmpty();

        bot.close();
        bot = LifecycleBot.start(home);
        assertThat(botSaid(bot.type("!greet"))).containsExactly("installed");
    }

    @Test
    void stoppingLeavesThePluginsFolderAsItWas() throws Exception {
        build(project.resolve("target/greeter-1.0.0.jar"), greeter("1.0.0", "hello").build());
        startDev(project);
        assertThat(bot.pluginsDir().resolve("greeter-dev.jar")).exists();

        bot.close();

        try (var files = Files.list(bot.pluginsDir())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(LifecycleBot.REAL_PLUGINS.stream()
                            .map(LifecycleBot::realJarName).toList());
        }
    }

    private void startDev(Path path) {
        bot = LifecycleBot.start(home, new CogbotApp.Options(List.of(path), false));
    }

    /** A build writing {@code jar}: its time a second after the last build's, as a real build's would be. */
    private void build(Path jar, byte[] content) throws IOException {
        TestPlugins.write(jar, content);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L + 1000 * ++builds));
    }

    private static TestPlugins.Builder greeter(String version, String greeting) {
        return TestPlugins.plugin("greeter", version).cog("""
                public final class GreeterCog implements Cog {
                    private Bot bot;
                    @Override public void onLoad(Bot bot) { this.bot = bot; }
                    @Command(name = "greet") public void greet(Context ctx) { ctx.send("%s"); }
                    @Command(name = "remember") public void remember(Context ctx) { bot.store().put("memory", "remembered"); }
                    @Command(name = "recall") public void recall(Context ctx) {
                        ctx.send(bot.store().get("memory").orElse("forgotten"));
                    }
                }""".formatted(greeting));
    }

    /** The classes folder a compile leaves: the JAR's entries without its manifest. */
    private static void unpack(byte[] jar, Path classes) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path file = classes.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final String POM = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>dev.cogbot</groupId>
                <artifactId>cogbot-plugin-parent</artifactId>
                <version>0.1.0-SNAPSHOT</version>
              </parent>
              <groupId>org.example</groupId>
              <artifactId>greeter</artifactId>
              <version>1.0.0-SNAPSHOT</version>
              <properties>
                <plugin.id>greeter</plugin.id>
              </properties>
            </project>
            """;
}
