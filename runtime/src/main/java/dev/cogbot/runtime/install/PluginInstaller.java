package dev.cogbot.runtime.install;

import dev.cogbot.runtime.plugins.PluginFolder;
import dev.cogbot.runtime.plugins.PluginJar;
import dev.cogbot.runtime.plugins.PluginJarCheck;
import dev.cogbot.runtime.plugins.PluginOperationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a plugin JAR into the plugins folder as {@code <id>-<version>.jar}, after the checks every
 * JAR passes on its way to the bot ({@link PluginJar#inspect}, {@link ApiRequirement}), in place of
 * any JAR of the same plugin id already there. The new file appears whole (it is written under a
 * name the folder watcher ignores, then renamed), so a running bot's watcher loads or reloads it as
 * it would a JAR copied in by hand; nothing is loaded here.
 *
 * <pre>{@code
 * Installed done = new PluginInstaller(Path.of("plugins"), RuntimeVersion.apiVersion()).install(jar);
 * }</pre>
 */
public final class PluginInstaller {

    private final PluginFolder folder;
    private final String apiVersion;

    /**
     * What an install did.
     *
     * @param id        the plugin id
     * @param version   its version
     * @param file      where it is now
     * @param replaced  the file names of the JARs of the same plugin it replaced
     * @param unchanged true when the same bytes were there already under that name: nothing was written
     */
    public record Installed(String id, String version, Path file, List<String> replaced, boolean unchanged) {
        public Installed {
            replaced = List.copyOf(replaced);
        }
    }

    public PluginInstaller(Path pluginsDir, String apiVersion) {
        this.folder = new PluginFolder(pluginsDir);
        this.apiVersion = apiVersion;
    }

    /**
     * Checks {@code jar} and puts a copy of it into the folder; on any failure the folder is as it was.
     *
     * @throws PluginOperationException if it is not a plugin JAR, or not for this plugin API
     * @throws UncheckedIOException     if the folder cannot be written
     */
    public Installed install(Path jar) {
        PluginJar plugin = PluginJar.inspect(jar);
        // what the bot would refuse never replaces what runs: the same check as every load
        PluginJarCheck.check(plugin, apiVersion).throwFirstRefusal();
        String version = plugin.descriptor().getVersion();
        String name = plugin.folderFileName(version);
        Path target = folder.dir().resolve(name);
        try {
            Files.createDirectories(folder.dir());
            List<Path> older = sameId(plugin.id(), target);
            if (Files.isRegularFile(target) && Files.mismatch(jar, target) == -1L && older.isEmpty()) {
                return new Installed(plugin.id(), version, target, List.of(), true);
            }
            // not ending in .jar: the watcher and the bot never see a half-written file
            Path partial = folder.dir().resolve("." + name + ".installing");
            Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                // the new file first, so a failed move leaves the folder as it was; a moment with both
                // is one the folder knows: the newest <id>-<version>.jar runs, and the old ones go next
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            for (Path old : older) {
                Files.deleteIfExists(old);
            }
            return new Installed(plugin.id(), version, target,
                    older.stream().map(p -> p.getFileName().toString()).toList(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " into the plugins folder " + folder.dir()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The other JARs in the folder holding plugin {@code id}; unreadable ones are left alone. */
    private List<Path> sameId(String id, Path except) {
        List<Path> found = new ArrayList<>();
        for (Path file : folder.jarFiles()) {
            if (file.equals(except)) {
                continue;
            }
            try {
                if (PluginJar.inspect(file).id().equals(id)) {
                    found.add(file);
                }
            } catch (PluginOperationException unreadable) {
                // not ours to judge: the bot reports it
            }
        }
        return found;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
