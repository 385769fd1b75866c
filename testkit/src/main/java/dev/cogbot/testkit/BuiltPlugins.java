package dev.cogbot.testkit;

import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plugin JARs a {@link TestBot} loads as the bot does: copied into a plugins folder of its own and
 * loaded one by one through the runtime's {@link PluginHost}, so PF4J, the manifest, the extension
 * index and the runtime's checks all take part. Nothing of it exists when no JAR is given.
 */
final class BuiltPlugins implements AutoCloseable {

    /** Where cogbot-plugin-parent tells a project's *IT tests its built JAR is. */
    static final String JAR_PROPERTY = "cogbot.plugin.jar";

    private final Path home;
    private final PluginHost host;

    private BuiltPlugins(Path home, PluginHost host) {
        this.home = home;
        this.host = host;
    }

    /** Loads {@code jars} in order; the first one refused throws the runtime's PluginOperationException. */
    static BuiltPlugins load(List<Path> jars, BotRuntime runtime) {
        if (jars.isEmpty()) {
            return new BuiltPlugins(null, null);
        }
        Path home;
        try {
            home = Files.createTempDirectory("cogbot-testbot-");
            Path plugins = Files.createDirectories(home.resolve("plugins"));
            for (Path jar : jars) {
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalArgumentException("there is no plugin JAR " + jar.toAbsolutePath()
                            + "; build it first (mvn package), and run this test after the package phase");
                }
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out a plugins folder for the test bot: " + e.getMessage(), e);
        }
        PluginHost host = new PluginHost(home.resolve("plugins"), home.resolve("cache"), runtime,
                WantedPlugins.in(home));
        BuiltPlugins built = new BuiltPlugins(home, host);
        try {
            for (Path jar : jars) {
                host.load(jar.getFileName().toString());
            }
        } catch (RuntimeException refused) {
            built.close();
            throw refused;
        }
        return built;
    }

    /** The JAR named by {@value #JAR_PROPERTY}. */
    static Path builtByThisProject() {
        String jar = System.getProperty(JAR_PROPERTY, "").strip();
        if (jar.isEmpty()) {
            throw new IllegalStateException("no built plugin JAR: the system property " + JAR_PROPERTY
                    + " is not set; name the test *IT so cogbot-plugin-parent runs it after the JAR is made,"
                    + " or use pluginJar(path)");
        }
        return Path.of(jar);
    }

    @Override
    public void close() {
        if (host == null) {
            return;
        }
        try {
            host.close();
        } finally {
            deleteTree(home);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
