package dev.cogbot.runtime.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;
import org.pf4j.DefaultVersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the plugins folder holds, apart from what runs: its JARs and their descriptors, which of
 * them the folder would run ({@link PluginFolder#readable}), how they depend on each other
 * ({@link PluginGraph}), and the JARs that failed, with why. It loads nothing; the
 * {@link PluginHost} asks it before each load and tells it of each failure.
 *
 * <pre>{@code
 * PluginCatalogue catalogue = new PluginCatalogue(Path.of("plugins"));
 * PluginJar jar = catalogue.locate("jokes");           // by id or by file name
 * catalogue.failureOf("broken.jar");                  // Optional[PluginProblem...] once a load failed
 * }</pre>
 */
public final class PluginCatalogue {

    private static final Logger log = LoggerFactory.getLogger(PluginCatalogue.class);

    private final PluginFolder folder;
    private final VersionManager versions = new DefaultVersionManager();
    /** By file name: why the JAR of that name is not running, until it runs or is gone. */
    private final Map<String, PluginProblem> failedFiles = new LinkedHashMap<>();

    public PluginCatalogue(Path pluginsDir) {
        this.folder = new PluginFolder(pluginsDir);
    }

    public Path dir() {
        return folder.dir();
    }

    /** Every {@code .jar} file in the folder, readable or not. */
    public List<Path> jarFiles() {
        return folder.jarFiles();
    }

    /**
     * The JAR a request names, by plugin id or by file name in the folder.
     *
     * @throws PluginOperationException if it is a path, or names nothing there
     */
    public PluginJar locate(String idOrFileName) {
        return folder.locate(idOrFileName);
    }

    /**
     * Every readable plugin JAR the folder would run, given the files running now; each one left
     * out is logged, remembered as failed and, when {@code announce} is given, handed to it.
     */
    List<PluginJar> readable(Set<Path> runningFiles, Optional<Consumer<PluginProblem>> announce) {
        return folder.readable((file, problem) -> {
            recordFailure(file, problem);
            log.error("{}", problem.message());
            announce.ifPresent(listener -> listener.accept(problem));
        }, runningFiles);
    }

    /** The JAR of {@code pluginId} the folder would run now, read quietly (the folder watcher reports what it looks at). */
    Optional<PluginJar> chosenFor(String pluginId, Set<Path> runningFiles) {
        return folder.readable((file, problem) -> { }, runningFiles).stream()
                .filter(j -> j.id().equals(pluginId)).findFirst();
    }

    /**
     * Where a running plugin's code is now: the JAR of its id the folder would run (its own file,
     * replaced or not, or a newer version beside it, or what is left once its file was deleted).
     *
     * @throws PluginOperationException if its own file was replaced by something unreadable, or no JAR of its id is left
     */
    PluginJar currentSourceOf(PluginJar running, Set<Path> runningFiles) {
        String id = running.id();
        if (Files.isRegularFile(running.file())) {
            // its own file, replaced by something unreadable: the reload is refused with why
            PluginJar replaced = PluginJar.inspect(running.file());
            if (replaced.id().equals(id)) {
                Optional<PluginJar> chosen = readable(runningFiles, Optional.empty()).stream()
                        .filter(j -> j.id().equals(id)).findFirst();
                return chosen.orElse(replaced);
            }
        }
        return readable(runningFiles, Optional.empty()).stream().filter(j -> j.id().equals(id)).findFirst()
                .orElseThrow(() -> new PluginOperationException(new PluginProblem.NoSuchPlugin(id)));
    }

    /** Whether a readable JAR of that id is in the folder. */
    boolean holds(String pluginId, Set<Path> runningFiles) {
        return readable(runningFiles, Optional.empty()).stream().anyMatch(jar -> jar.id().equals(pluginId));
    }

    /** For dev mode: its staged builds run before the other JARs of their plugins. */
    public void runDevBuildsFirst() {
        folder.runDevBuildsFirst();
    }

    /** Whether dev mode's staged builds run first. */
    public boolean runsDevBuildsFirst() {
        return folder.runsDevBuildsFirst();
    }

    // --- failures

    /** Remembers that the JAR named {@code fileName} failed, and why; it is listed as FAILED. */
    public synchronized void recordFailure(String fileName, PluginProblem problem) {
        failedFiles.put(fileName, problem);
    }

    /** Forgets a failure: the JAR of that name runs now. */
    synchronized void clearFailure(String fileName) {
        failedFiles.remove(fileName);
    }

    /** Why the JAR named {@code fileName} is not running, if it failed. */
    public synchronized Optional<PluginProblem> failureOf(String fileName) {
        return Optional.ofNullable(failedFiles.get(fileName));
    }

    // --- dependencies

    /** The dependants of {@code pluginId} among {@code plugins}, directly or not; the nearest first. */
    public static List<String> dependantsOf(String pluginId, Collection<PluginDescriptor> plugins) {
        return PluginGraph.of(plugins).dependantsOf(pluginId);
    }

    /**
     * Refuses {@code jar} if a plugin it needs is not running, or runs at a version outside the range
     * it asks for ({@code base@>=2.0.0}).
     *
     * @param running the descriptors of the plugins running now
     */
    void requireDependencies(PluginJar jar, Collection<PluginDescriptor> running) {
        List<String> missing = PluginGraph.of(running).missingFor(jar.descriptor());
        if (!missing.isEmpty()) {
            throw new PluginOperationException(new PluginProblem.MissingDependencies(jar.id(), jar.fileName(), missing));
        }
        Map<String, String> versionsRunning = new LinkedHashMap<>();
        running.forEach(d -> versionsRunning.put(d.getPluginId(), d.getVersion()));
        for (PluginDependency dependency : jar.descriptor().getDependencies()) {
            String version = versionsRunning.get(dependency.getPluginId());
            String required = dependency.getPluginVersionSupport();
            if (version == null || required == null || "*".equals(required.strip())) {
                continue;
            }
            boolean satisfied;
            try {
                satisfied = versions.checkVersionConstraint(version, required);
            } catch (RuntimeException e) {
                throw new PluginOperationException(new PluginProblem.NotAPluginJar(jar.fileName(),
                        "its dependency '" + dependency.getPluginId() + "@" + required + "' has no valid version range"));
            }
            if (!satisfied) {
                throw new PluginOperationException(new PluginProblem.WrongDependencyVersion(jar.id(), jar.fileName(),
                        dependency.getPluginId(), required, version));
            }
        }
    }

    // --- listing

    /** A row for each JAR in the folder that is not running: FAILED with why, or UNLOADED. */
    List<PluginSummary> notRunning(Set<String> runningFileNames) {
        List<PluginSummary> rows = new ArrayList<>();
        for (Path file : jarFiles()) {
            String name = file.getFileName().toString();
            if (!runningFileNames.contains(name)) {
                Optional<PluginProblem> failure = failureOf(name);
                Optional<PluginJar> jar = inspectQuietly(file);
                rows.add(new PluginSummary(jar.map(PluginJar::id).orElse(name),
                        jar.map(readable -> readable.descriptor().getVersion()).orElse("?"),
                        failure.isPresent() ? "FAILED" : "UNLOADED", List.of(), name, failure));
            }
        }
        return rows;
    }

    /** The JAR read once for its id and version; empty when it cannot be read (its row says why, if known). */
    private static Optional<PluginJar> inspectQuietly(Path file) {
        try {
            return Optional.of(PluginJar.inspect(file));
        } catch (PluginOperationException e) {
            return Optional.empty();
        }
    }
}
