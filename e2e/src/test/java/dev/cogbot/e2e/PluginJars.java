package dev.cogbot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real plugin JARs from the build, which the e2e module's build copies beside its tests. */
public final class PluginJars {

    private PluginJars() {
    }

    /** The folder the build copied them to. */
    public static Path built() {
        return Path.of(System.getProperty("cogbot.test.plugins", "target/plugins"));
    }

    /** Copies them into {@code target}, a bot's plugins folder. */
    public static void copyTo(Path target) {
        try (Stream<Path> jars = Files.list(built())) {
            Files.createDirectories(target);
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, target.resolve(jar.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin JARs from the build are missing: " + e.getMessage(), e);
        }
    }
}
