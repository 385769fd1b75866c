package dev.cogbot.runtime.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private copies PF4J loads plugins from, so the file in the plugins folder can be replaced or
 * deleted at any time, and a reload whose new version fails can put the old one back from its copy.
 */
final class PluginCopies {

    private static final Logger log = LoggerFactory.getLogger(PluginCopies.class);

    private final Path dir;
    private final AtomicLong made = new AtomicLong();

    PluginCopies(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** Empties the folder: copies left by a bot that did not stop cleanly are never loaded again. */
    void clear() {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                old.forEach(PluginCopies::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the plugin cache " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new copy of {@code jar}, named by the one rule for plugin file names, so no Plugin-Id may
     * write outside the folder.
     *
     * @throws PluginOperationException if it cannot be copied
     */
    Path copyOf(PluginJar jar) {
        Path copy = dir.resolve(jar.folderFileName(String.valueOf(made.incrementAndGet())));
        try {
            Files.createDirectories(dir);
            Files.copy(jar.file(), copy);
            return copy;
        } catch (IOException e) {
            throw new PluginOperationException(new PluginProblem.StartFailed(jar.id(), jar.fileName(),
                    "cannot copy it to " + dir + ": " + e.getMessage()), e);
        }
    }

    /** Deletes a copy no longer loaded; one that will not go is left for the next start's {@link #clear()}. */
    static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", copy, e.toString());
        }
    }
}
