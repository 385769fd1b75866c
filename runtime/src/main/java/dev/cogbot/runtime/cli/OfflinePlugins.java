package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * The plugins folder and the list of plugins an owner unloaded, as {@code cogbot load} and
 * {@code unload} see them while no bot runs: they record what the next start should do, checked
 * the way the running bot checks a request.
 */
final class OfflinePlugins {

    /** A plugin JAR in the folder: its id, file name and the ids it needs. */
    record Jar(String id, String file, List<String> needs) {
    }

    private static final PluginDescriptorFinder DESCRIPTORS = new CompoundPluginDescriptorFinder()
            .add(new PropertiesPluginDescriptorFinder())
            .add(new ManifestPluginDescriptorFinder());

    private final Path pluginsDir;
    private final WantedPlugins wanted;

    OfflinePlugins(BotPaths paths) {
        this.pluginsDir = paths.pluginsDir();
        this.wanted = WantedPlugins.in(paths.dataDir());
    }

    WantedPlugins wanted() {
        return wanted;
    }

    /**
     * The id of the plugin {@code given} names: a plugin id, or the name of a JAR file in the folder.
     *
     * @throws PluginOperationException if it is a path, or names nothing there
     */
    String idToLoad(String given) {
        String name = given.strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || Path.of(name).isAbsolute() || Path.of(name).getNameCount() != 1) {
            throw new PluginOperationException(new PluginProblem.OutsidePluginsFolder(name));
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            Path file = pluginsDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new PluginOperationException(new PluginProblem.NoSuchPlugin(name));
            }
            return read(file).orElseThrow(() -> new PluginOperationException(new PluginProblem.NotAPluginJar(name,
                    "its plugin descriptor cannot be read (META-INF/MANIFEST.MF with Plugin-Id and Plugin-Version)")))
                    .id();
        }
        return requireKnown(name);
    }

    /** {@code id} if a JAR in the folder has it or it is held back; else refused as no such plugin. */
    String requireKnown(String id) {
        String name = id.strip();
        if (wanted.isUnloaded(name) || jars().stream().anyMatch(j -> j.id().equals(name))) {
            return name;
        }
        throw new PluginOperationException(new PluginProblem.NoSuchPlugin(name));
    }

    /** The plugins in the folder, not held back, that need {@code id}, directly or not. */
    List<String> dependantsOf(String id) {
        List<Jar> loading = jars().stream().filter(j -> !wanted.isUnloaded(j.id())).toList();
        List<String> found = new ArrayList<>();
        collect(id, loading, found);
        return found;
    }

    private static void collect(String id, List<Jar> jars, List<String> found) {
        for (Jar jar : jars) {
            if (jar.needs().contains(id) && !found.contains(jar.id())) {
                found.add(jar.id());
                collect(jar.id(), jars, found);
            }
        }
    }

    /** The readable plugin JARs in the folder. */
    List<Jar> jars() {
        if (!Files.isDirectory(pluginsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pluginsDir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .map(OfflinePlugins::read)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + pluginsDir + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Jar> read(Path file) {
        try {
            PluginDescriptor descriptor = DESCRIPTORS.find(file);
            if (descriptor == null || descriptor.getPluginId() == null || descriptor.getPluginId().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Jar(descriptor.getPluginId(), file.getFileName().toString(),
                    descriptor.getDependencies().stream().map(PluginDependency::getPluginId).toList()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
