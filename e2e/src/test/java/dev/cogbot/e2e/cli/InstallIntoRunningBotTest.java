package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.e2e.cli.Distribution.Result;
import dev.cogbot.e2e.lifecycle.TestPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogbot install}, the distribution's launcher in a process of its own, into the plugins folder
 * of a bot running in another: the bot's folder watcher loads what install puts there, and install
 * reports it. The repositories are the test's own folders; nothing is fetched from the network.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class InstallIntoRunningBotTest {

    private static final int PLUGIN_FAILED = 11;

    @TempDir
    Path home;
    @TempDir
    Path scratch;

    private Distribution distribution;
    private BotProcess bot;
    private Path localRepository;

    @BeforeEach
    void startBot() throws IOException {
        distribution = Distribution.copyTo(home);
        localRepository = scratch.resolve("local-repository");
        Path noRemote = Files.createDirectories(scratch.resolve("empty-remote"));
        Files.writeString(home.resolve("conf").resolve("cogbot.properties"), "\ninstall.local-repository="
                + localRepository + "\ninstall.repositories=" + noRemote.toUri() + "\n", StandardOpenOption.APPEND);
        bot = BotProcess.start(distribution);
    }

    @AfterEach
    void stopBot() {
        try (BotProcess running = bot) {
            assertThat(running.stop()).as("the bot's exit code once its input ended").isZero();
        }
    }

    @Test
    void aPluginInstalledFromAFileIsLoadedByTheRunningBot() {
        Path jar = greeter("1.0.0", "hello").writeTo(scratch.resolve("target").resolve("greeter.jar"));

        Result install = distribution.run("install", "--file", jar.toString());

        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.err()).isEmpty();
        assertThat(install.out()).isEqualTo("installed greeter 1.0.0 as " + plugins().resolve("greeter-1.0.0.jar")
                + "; the running bot has loaded it\n");
        assertThat(bot.type("!greet")).last().asString().endsWith("<cogbot> hello");
    }

    @Test
    void aNewVersionFromTheLocalRepositoryReplacesTheRunningOne() throws IOException {
        Path first = greeter("1.0.0", "hello").writeTo(scratch.resolve("greeter-1.0.0.jar"));
        assertThat(distribution.run("install", "--file", first.toString()).exitCode()).isZero();
        // where `mvn install` of the plugin's project leaves its JAR
        greeter("1.1.0", "hello again").writeTo(localRepository.resolve("org/example/greeter/1.1.0/greeter-1.1.0.jar"));

        Result install = distribution.run("install", "org.example:greeter:1.1.0");

        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.err()).isEmpty();
        assertThat(install.out()).isEqualTo("installed greeter 1.1.0 as " + plugins().resolve("greeter-1.1.0.jar")
                + ", replacing greeter-1.0.0.jar; the running bot has loaded it\n");
        assertThat(bot.type("!greet")).last().asString().endsWith("<cogbot> hello again");
        try (Stream<Path> files = Files.list(plugins())) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("greeter-1.1.0.jar")
                    .noneMatch(name -> name.startsWith("greeter-1.0.0") || name.startsWith(".greeter"));
        }
    }

    @Test
    void aPluginTheRunningBotDoesNotStartIsInstalledButSaidToHaveFailed() {
        Path jar = TestPlugins.plugin("crashy", "1.0.0").cog("""
                public final class CrashyCog implements Cog {
                    @Override public void onLoad(Bot bot) { throw new IllegalStateException("not today"); }
                    @Command(name = "crash") public void crash(Context ctx) { ctx.send("never"); }
                }""").writeTo(scratch.resolve("crashy.jar"));

        Result install = distribution.run("install", "--file", jar.toString());

        assertThat(install.exitCode()).as(install.toString()).isEqualTo(PLUGIN_FAILED);
        assertThat(install.out()).isEmpty();
        assertThat(install.err()).startsWith("cogbot: installed crashy 1.0.0 as " + plugins().resolve("crashy-1.0.0.jar")
                + ", but the running bot has not started it").endsWith("its log says why\n").hasLineCount(1);
    }

    private Path plugins() {
        return home.resolve("plugins");
    }

    private static TestPlugins.Builder greeter(String version, String greeting) {
        return TestPlugins.plugin("greeter", version).cog("""
                public final class GreeterCog implements Cog {
                    @Command(name = "greet") public void greet(Context ctx) { ctx.send("%s"); }
                }""".formatted(greeting));
    }
}
