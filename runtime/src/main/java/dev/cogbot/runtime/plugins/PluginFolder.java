package dev.cogbot.runtime.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * The plugins folder as files: its JARs, read without loading any class, and the rule for what an
 * owner may name in it. The running bot's host and the CLI (when no bot runs) both read it here.
 */
public final class PluginFolder {

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private final Path dir;
    private volatile boolean devBuildsFirst;

    public PluginFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /**
     * From now on, a build dev mode staged runs before the other JARs of its plugin. Only while dev
     * mode runs: a staged JAR left behind by a bot that was killed is an ordinary file then.
     */
    void runDevBuildsFirst() {
        devBuildsFirst = true;
    }

    boolean runsDevBuildsFirst() {
        return devBuildsFirst;
    }

    /** The {@code .jar} files in the folder, by name; nothing if there is no folder. */
    public List<Path> jarFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(PluginFolder::isJar).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every readable plugin JAR, one per plugin id. Each JAR left out (unreadable, or a second one
     * with an id already seen) is handed to {@code leftOut} with why, by file name.
     *
     * @see #readable(BiConsumer, Set)
     */
    public List<PluginJar> readable(BiConsumer<String, PluginProblem> leftOut) {
        return readable(leftOut, Set.of());
    }

    /**
     * Every readable plugin JAR, one per plugin id: the one that should run. Where several JARs hold
     * one plugin id:
     * <ul>
     *   <li>while dev mode runs, the one it staged ({@code <id>-dev.jar}, see {@link DevBuilds}) runs,
     *       and the others wait: the build being worked on comes first;</li>
     *   <li>if each is named {@code <id>-<version>.jar} after its own descriptor (as the plugin parent
     *       builds them), they are versions of one plugin and the newest runs; the older ones wait,
     *       unreported, and come up when the newer files go;</li>
     *   <li>otherwise they are ambiguous: the one in {@code running} (else the first by name) is
     *       kept and each other is handed to {@code leftOut} as a {@link PluginProblem.DuplicateId}.</li>
     * </ul>
     * Each JAR that cannot be read is handed to {@code leftOut} with why, by file name.
     */
    public List<PluginJar> readable(BiConsumer<String, PluginProblem> leftOut, Set<Path> running) {
        Map<String, List<PluginJar>> byId = new LinkedHashMap<>();
        for (Path file : jarFiles()) {
            try {
                PluginJar jar = PluginJar.inspect(file);
                byId.computeIfAbsent(jar.id(), id -> new ArrayList<>()).add(jar);
            } catch (PluginOperationException e) {
                leftOut.accept(file.getFileName().toString(), e.problem());
            }
        }
        List<PluginJar> chosen = new ArrayList<>();
        for (List<PluginJar> jars : byId.values()) {
            Optional<PluginJar> staged = devBuildsFirst ? jars.stream().filter(DevBuilds::isStaged).findFirst()
                    : Optional.empty();
            if (staged.isPresent()) {
                chosen.add(staged.get());
                continue;
            }
            Optional<PluginJar> newest = newestVersion(jars);
            if (newest.isPresent()) {
                chosen.add(newest.get());
                continue;
            }
            PluginJar kept = jars.stream().filter(j -> running.contains(j.file())).findFirst().orElse(jars.getFirst());
            chosen.add(kept);
            for (PluginJar other : jars) {
                if (other != kept) {
                    leftOut.accept(other.fileName(), new PluginProblem.DuplicateId(other.id(), other.fileName(), kept.fileName()));
                }
            }
        }
        return chosen;
    }

    /** The newest of several versions of one plugin, if they are that: each named {@code <id>-<version>.jar}. */
    private static Optional<PluginJar> newestVersion(List<PluginJar> jars) {
        if (jars.size() == 1) {
            return Optional.of(jars.getFirst());
        }
        if (!jars.stream().allMatch(PluginFolder::namedForItsVersion)) {
            return Optional.empty();
        }
        try {
            return jars.stream().max((a, b) -> VERSIONS.compareVersions(a.descriptor().getVersion(), b.descriptor().getVersion()));
        } catch (RuntimeException notComparable) {
            // a version PF4J cannot read (not x.y.z): no newest, so the files are ambiguous
            return Optional.empty();
        }
    }

    static boolean namedForItsVersion(PluginJar jar) {
        return jar.fileName().equals(jar.id() + "-" + jar.descriptor().getVersion() + ".jar");
    }

    /**
     * The JAR an owner means: a bare file name in the folder, or a plugin id.
     *
     * @throws PluginOperationException if it is a path ({@link PluginProblem.OutsidePluginsFolder}),
     *                                  names nothing here, or is not a plugin JAR
     */
    public PluginJar locate(String idOrFileName) {
        String given = requireBareName(idOrFileName);
        if (isJar(Path.of(given))) {
            Path file = dir.resolve(given);
            if (!Files.isRegularFile(file)) {
                throw new PluginOperationException(new PluginProblem.NoSuchPlugin(given));
            }
            return PluginJar.inspect(file);
        }
        Map<String, PluginProblem> leftOut = new LinkedHashMap<>();
        return readable(leftOut::put).stream().filter(j -> j.id().equals(given)).findFirst()
                .orElseThrow(() -> new PluginOperationException(leftOut.entrySet().stream()
                        .filter(e -> e.getValue() instanceof PluginProblem.NotAPluginJar && wouldBe(given, e.getKey()))
                        .map(Map.Entry::getValue).findFirst()
                        .orElse(new PluginProblem.NoSuchPlugin(given))));
    }

    /**
     * Whether an unreadable JAR is most likely plugin {@code id}: its manifest names it, or its file
     * is called {@code id.jar} or {@code id-<version>.jar}. Its reason then answers a load by id
     * better than "no such plugin".
     */
    private boolean wouldBe(String id, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String wanted = id.toLowerCase(Locale.ROOT);
        return lower.equals(wanted + ".jar") || lower.matches(java.util.regex.Pattern.quote(wanted) + "-\\d.*\\.jar")
                || PluginJar.declaredId(dir.resolve(fileName)).filter(id::equals).isPresent();
    }

    /**
     * {@code given} stripped, if it is a bare name: a path, even one that stays inside the folder,
     * is refused, so a request can never reach a file elsewhere.
     */
    public static String requireBareName(String given) {
        String name = given.strip();
        Path asPath;
        try {
            asPath = Path.of(name);
        } catch (InvalidPathException notAFileName) {
            // a NUL, say: no file is called that, so no plugin is either
            throw new PluginOperationException(new PluginProblem.NoSuchPlugin(name));
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || asPath.isAbsolute() || asPath.getNameCount() != 1) {
            throw new PluginOperationException(new PluginProblem.OutsidePluginsFolder(name));
        }
        return name;
    }

    static boolean isJar(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }
}
