package dev.cogbot.e2e;

import dev.cogbot.e2e.cli.Distribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A generated plugin project's {@code ./build}, run as its author would, offline and kept off the
 * shared local Maven repository: it writes into a local repository of its own, reads the shared one
 * (without its cogbot artifacts, which may be older than this build's) as a read-only tail, and
 * takes the cogbot artifacts from the {@code file:} repository the project's pom names.
 */
final class MavenBuild {

    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String SHORT_LIVED_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** How the build ended, and how long it took. */
    record Outcome(int exitCode, String output, Duration took) {
        @Override
        public String toString() {
            return "./build exited " + exitCode + " after " + took.toSeconds() + " s:\n" + output;
        }
    }

    /** A project {@code cogbot new-plugin} wrote, and the copy of the distribution that wrote it. */
    record Generated(Distribution distribution, Path project) {
    }

    private MavenBuild() {
    }

    /**
     * Copies the built distribution to {@code cogbot} and runs its {@code new-plugin id} into
     * {@code work}, as an author would; fails the test if that does not succeed.
     */
    static Generated newPlugin(Path cogbot, String id, Path work) {
        Distribution distribution = Distribution.copyTo(cogbot);
        Distribution.Result generated = distribution.run("new-plugin", id, "--dir", work.toString());
        if (generated.exitCode() != 0) {
            throw new AssertionError("cogbot new-plugin " + id + " failed: " + generated);
        }
        return new Generated(distribution, work.resolve(id));
    }

    /**
     * Runs {@code project/build} with no JAVA_HOME (so it finds a JDK 21+ by itself, as on a machine
     * whose default java is older), using {@code scratch} for its own local repository.
     */
    static Outcome build(Path project, Path scratch) {
        try {
            Path local = Files.createDirectories(scratch.resolve("local-repository"));
            Path tail = sharedRepositoryWithoutCogbot(scratch.resolve("shared-without-cogbot"));
            Path log = scratch.resolve("build.log");
            List<String> command = new ArrayList<>(List.of(project.resolve("build").toString(), "-o",
                    "-Dmaven.repo.local=" + local, "-Dmaven.repo.local.tail=" + tail,
                    // offline, yet the file: repository of the pom is used: it is on this disk
                    "-Daether.offline.protocols=file",
                    // the tests' JVM, short-lived like Maven's own: C1 only, as the CLI tests run bin/cogbot
                    "-DargLine=" + SHORT_LIVED_JVM));
            ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("JAVA_HOME");
            builder.environment().remove("MAVEN_ARGS");
            // a build of seconds: compiling Maven's own code with C2 costs more than it saves (half the time)
            builder.environment().put("MAVEN_OPTS", SHORT_LIVED_JVM);
            long start = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./build did not end within " + PATIENCE + ":\n" + Files.readString(log));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new Outcome(process.exitValue(), Files.readString(log), took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The shared local repository as a tree of links to its folders, minus {@code dev/cogbot}: the
     * third-party artifacts come from it as they are, with nothing copied and nothing written.
     */
    private static Path sharedRepositoryWithoutCogbot(Path target) throws IOException {
        String property = System.getProperty("cogbot.test.localRepository");
        if (property == null) {
            throw new AssertionError("-Dcogbot.test.localRepository is not set (e2e/pom.xml sets it to Maven's local repository)");
        }
        Path shared = Path.of(property);
        linkAllBut(shared, target, "dev");
        linkAllBut(shared.resolve("dev"), target.resolve("dev"), "cogbot");
        return target;
    }

    private static void linkAllBut(Path from, Path to, String left) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(left)) {
                    Files.createSymbolicLink(to.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
    }
}
