package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Cancellable;
import dev.cogbot.runtime.scheduling.Scheduler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.jar.Attributes;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dev mode ({@code cogbot run --dev PATH…}): plugin builds outside the plugins folder, reloaded a
 * second after each build. It is no second way into plugin management: each build is copied into
 * the plugins folder as {@code <id>-dev.jar} and the folder watcher's own reconcile loads or
 * reloads it, with everything that path does (the checks, a failed new version rolled back, the
 * events). Those files are deleted again when dev mode stops. A JAR of the same plugin installed
 * in the folder waits meanwhile: the build being worked on runs.
 *
 * <p>A PATH is one of
 * <ul>
 *   <li>a plugin project folder: its newest JAR in {@code target/} (the plugin parent builds
 *       {@code <id>-<version>.jar}), after {@code mvn package};</li>
 *   <li>a plugin JAR;</li>
 *   <li>a classes folder ({@code target/classes}), after a compile: packed into a JAR as it is,
 *       so a plain {@code mvn compile} is enough. Its manifest is made from the project's
 *       {@code pom.xml} as the plugin parent makes it ({@code plugin.id}, the version,
 *       {@code plugin.requires}, {@code plugin.dependencies}), unless the folder holds a
 *       {@code plugin.properties}, PF4J's descriptor of a plugin in development.</li>
 * </ul>
 *
 * <p>The build output is looked at every {@link #POLL} on the bot's clock; once it has changed and
 * then stayed the same for {@link #QUIET} (a build writes many files), it is staged. A build that
 * failed usually writes nothing, and the running version stays; output that is not a plugin (no
 * descriptor, no extension index, a broken JAR) is refused in one line, and the running version stays.
 */
public final class DevBuilds implements AutoCloseable {

    /** How often the build output is looked at. */
    public static final Duration POLL = Duration.ofMillis(250);
    /** How long the build output must stay unchanged before it is staged. */
    public static final Duration QUIET = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(DevBuilds.class);
    private static final String STAGED_TAIL = "dev";
    private static final String STAGED_SUFFIX = "-" + STAGED_TAIL + ".jar";

    private final PluginHost host;
    private final Scheduler scheduler;
    private final List<Build> builds;
    private PluginFolderWatcher watcher;
    private Cancellable next;
    private volatile boolean closed;

    /** One PATH: where its output is and what was last seen and staged of it. */
    private static final class Build {
        final Path given;
        final Kind kind;
        String staged = "";
        String candidate = "";
        Instant candidateSince = Instant.MIN;
        Path stagedFile;

        Build(Path given, Kind kind) {
            this.given = given;
            this.kind = kind;
        }
    }

    private enum Kind { PROJECT, JAR, CLASSES }

    /** A {@code --dev} PATH that is not a plugin project, a plugin JAR or a classes folder; the message says which. */
    public static final class BadPath extends IllegalArgumentException {
        BadPath(String message) {
            super(message);
        }
    }

    private DevBuilds(PluginHost host, Scheduler scheduler, List<Build> builds) {
        this.host = host;
        this.scheduler = scheduler;
        this.builds = builds;
    }

    /**
     * Reads the PATHs and stages what is built already, so that it loads with the other plugins.
     *
     * @throws BadPath with one line if a PATH is none of the three
     */
    public static DevBuilds stage(PluginHost host, Scheduler scheduler, List<Path> paths) {
        List<Build> builds = new ArrayList<>();
        for (Path path : paths) {
            builds.add(new Build(path.toAbsolutePath().normalize(), kindOf(path)));
        }
        DevBuilds dev = new DevBuilds(host, scheduler, builds);
        host.catalogue().runDevBuildsFirst();
        for (Build build : builds) {
            Optional<String> fingerprint = dev.fingerprint(build);
            if (fingerprint.isEmpty()) {
                log.info("Dev mode: {} has no build output yet; it loads after the first build", build.given);
                continue;
            }
            build.staged = fingerprint.get();
            dev.copyIntoFolder(build);
        }
        return dev;
    }

    /**
     * Checks {@code --dev} PATHs before anything starts.
     *
     * @throws BadPath with one line for the first that is none of the three
     */
    public static void check(List<Path> paths) {
        paths.forEach(DevBuilds::kindOf);
    }

    /** Starts looking at the builds; each staged build is handed to {@code watcher}'s reconcile. */
    public void watch(PluginFolderWatcher folderWatcher) {
        this.watcher = folderWatcher;
        schedule();
    }

    private synchronized void schedule() {
        if (!closed) {
            next = scheduler.schedule(POLL, this::look);
        }
    }

    /** On the timer's thread: quick; staging, which loads a plugin, runs on a thread of its own. */
    private void look() {
        List<Build> ready = new ArrayList<>();
        Instant now = scheduler.now();
        for (Build build : builds) {
            String fingerprint = fingerprint(build).orElse("");
            if (fingerprint.isEmpty() || fingerprint.equals(build.staged)) {
                build.candidate = "";
            } else if (!fingerprint.equals(build.candidate)) {
                build.candidate = fingerprint; // it changed: wait for the build to be done with it
                build.candidateSince = now;
            } else if (!now.isBefore(build.candidateSince.plus(QUIET))) {
                build.staged = fingerprint;
                build.candidate = "";
                ready.add(build);
            }
        }
        if (ready.isEmpty()) {
            schedule();
            return;
        }
        scheduler.spawn("dev builds", () -> {
            try {
                boolean staged = false;
                for (Build build : ready) {
                    staged |= copyIntoFolder(build);
                }
                if (staged && watcher != null) {
                    watcher.reconcile();
                }
            } finally {
                schedule();
            }
        });
    }

    /**
     * Copies the build's output into the plugins folder as {@code <id>-dev.jar}, whole (written
     * beside it under another name, then moved), or says in one line why not.
     *
     * @return whether it did
     */
    private boolean copyIntoFolder(Build build) {
        Path temporary = null;
        Path source = build.given;
        Path part = host.pluginsDir().resolve(".dev-" + Integer.toHexString(build.given.hashCode()) + ".part");
        try {
            // first outside the folder, named .jar as PF4J wants it to be read
            temporary = Files.createTempFile("cogbot-dev-", ".jar");
            switch (build.kind) {
                case CLASSES -> pack(build.given, temporary);
                case PROJECT, JAR -> {
                    source = outputOf(build).orElseThrow();
                    Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            PluginJar jar = PluginJar.inspect(temporary);
            Path target = host.pluginsDir().resolve(jar.folderFileName(STAGED_TAIL));
            Files.createDirectories(host.pluginsDir());
            // then whole into the folder: copied beside it under a name that is no JAR, and moved
            Files.copy(temporary, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (build.stagedFile != null && !build.stagedFile.equals(target)) {
                Files.deleteIfExists(build.stagedFile); // its plugin id changed
            }
            build.stagedFile = target;
            log.info("Dev mode: staged {} as {}", build.given, target.getFileName());
            return true;
        } catch (PluginOperationException e) {
            refuse(notAPlugin(source, reasonOf(e.problem())));
        } catch (NotBuilt e) {
            refuse(notAPlugin(source, e.getMessage()));
        } catch (IOException | UncheckedIOException | java.util.NoSuchElementException e) {
            refuse(notAPlugin(source, "it cannot be read: " + e.getMessage()));
        } finally {
            deleteQuietly(temporary);
            deleteQuietly(part);
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", file, e.toString());
        }
    }

    private void refuse(PluginProblem problem) {
        log.info("Dev mode: {}", problem.message());
        host.refused(problem);
    }

    private PluginProblem notAPlugin(Path source, String reason) {
        return new PluginProblem.NotAPluginJar(source.toString(),
                reason + (watcher != null ? "; what runs stays as it is" : ""));
    }

    private static String reasonOf(PluginProblem problem) {
        return problem instanceof PluginProblem.NotAPluginJar notAPlugin ? notAPlugin.reason() : problem.message();
    }

    /** Output that is not a plugin yet: a classes folder without its descriptor or extension index. */
    static final class NotBuilt extends Exception {
        NotBuilt(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Packs a classes folder into a JAR as it is, with a manifest from its project's pom when it
     * has no {@code plugin.properties} of its own. It must hold an extension index.
     */
    private static void pack(Path classes, Path jar) throws IOException, NotBuilt {
        if (!Files.isRegularFile(classes.resolve("META-INF/extensions.idx"))) {
            throw new NotBuilt("it has no META-INF/extensions.idx, so no cog would load (did the compile fail?)");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (!Files.isRegularFile(classes.resolve("plugin.properties"))) {
            ProjectDescriptor.of(classes).forEach(manifest.getMainAttributes()::putValue);
        }
        try (Stream<Path> walk = Files.walk(classes); OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Path entry : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(entry).toString().replace('\\', '/');
                if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(entry, out);
                out.closeEntry();
            }
        }
    }

    /** What the build wrote, as size and time, or empty if nothing yet. */
    private Optional<String> fingerprint(Build build) {
        try {
            return switch (build.kind) {
                case CLASSES -> folderFingerprint(build.given);
                case PROJECT, JAR -> outputOf(build).map(jar -> jar + "@" + PluginJar.fingerprint(jar));
            };
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // the build is deleting it right now: look again later
        }
    }

    private static Optional<String> folderFingerprint(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            return Optional.empty();
        }
        long count = 0;
        long bytes = 0;
        long newest = 0;
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                count++;
                bytes += Files.size(file);
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(count + "/" + bytes + "@" + newest);
    }

    /** The JAR a project or JAR PATH stands for now: the newest plugin JAR in the project's target/. */
    private static Optional<Path> outputOf(Build build) throws IOException {
        if (build.kind == Kind.JAR) {
            return Files.isRegularFile(build.given) ? Optional.of(build.given) : Optional.empty();
        }
        Path target = build.given.resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(DevBuilds::isPluginJarName).filter(Files::isRegularFile)
                    .max(Comparator.comparing(f -> PluginJar.fingerprint(f).replaceAll(".*@", "")));
        }
    }

    private static boolean isPluginJarName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")
                && !name.endsWith("-tests.jar") && !name.startsWith("original-");
    }

    private static Kind kindOf(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jar")) {
            if (!Files.isRegularFile(path)) {
                throw new BadPath("--dev " + path + ": there is no such JAR");
            }
            return Kind.JAR;
        }
        if (!Files.isDirectory(path)) {
            throw new BadPath("--dev " + path
                    + ": no such folder; give a plugin project folder, its target/classes, or a plugin JAR");
        }
        if (Files.exists(path.resolve("pom.xml")) || Files.isDirectory(path.resolve("target"))) {
            return Kind.PROJECT;
        }
        if (Files.exists(path.resolve("plugin.properties")) || Files.isDirectory(path.resolve("META-INF"))
                || name.equals("classes")) {
            return Kind.CLASSES;
        }
        throw new BadPath("--dev " + path + ": this is neither a plugin project (no pom.xml or target/),"
                + " nor a classes folder (target/classes), nor a plugin JAR");
    }

    /** Whether {@code jar} is a build dev mode staged, which runs before any other JAR of its plugin. */
    static boolean isStaged(PluginJar jar) {
        return jar.fileName().equals(jar.id() + STAGED_SUFFIX);
    }

    /** Stops looking at the builds. */
    public synchronized void stopWatching() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }

    /** Stops looking, and deletes the JARs it staged from the plugins folder. */
    @Override
    public void close() {
        stopWatching();
        for (Build build : builds) {
            if (build.stagedFile != null) {
                try {
                    Files.deleteIfExists(build.stagedFile);
                } catch (IOException e) {
                    log.warn("Dev mode could not delete {}: {}", build.stagedFile, e.toString());
                }
            }
        }
    }
}
