package dev.cogbot.e2e.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The distribution the build assembled ({@code dist/target/cogbot/}), copied for each test so its
 * data/ and plugins/ are the test's own, and its {@code bin/cogbot} launcher run as a user would.
 */
public final class Distribution {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static volatile boolean checked;

    private final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    /** A copy of the built distribution in {@code target}: bin/, lib/, conf/, plugins/, repository/ and an empty data/. */
    public static Distribution copyTo(Path target) {
        Path built = built();
        try {
            for (String folder : List.of("bin", "lib", "conf", "plugins")) {
                copyTree(built.resolve(folder), target.resolve(folder));
            }
            // the Maven repository of cogbot's artifacts, for plugin builds, once the distribution ships one
            if (Files.isDirectory(built.resolve("repository"))) {
                copyTree(built.resolve("repository"), target.resolve("repository"));
            }
            Files.createDirectories(target.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the distribution to " + target + ": " + e.getMessage(), e);
        }
        return new Distribution(target);
    }

    public Path home() {
        return home;
    }

    /** {@code bin/cogbot}, as a process of its own with this distribution's Java settings. */
    ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("cogbot").toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        // the JDK running the tests, so the launcher need not look for one
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("JAVA_OPTS");
        env.keySet().removeIf(name -> name.startsWith("COGBOT_"));
        return builder;
    }

    /** Runs {@code bin/cogbot args...} to its end, with no input; the management commands start faster with C1 only. */
    public Result run(String... args) {
        return runToEnd(launcher(args), args);
    }

    /**
     * Runs {@code bin/cogbot args...} as the system's {@code nobody} (uid and gid 65534, through
     * {@code setpriv}: the tests run as root), to its end, with no input.
     */
    Result runAsNobody(String... args) {
        ProcessBuilder builder = launcher(args);
        builder.command().addAll(0, List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        builder.environment().put("HOME", home.toString());
        return runToEnd(builder, args);
    }

    private Result runToEnd(ProcessBuilder builder, String... args) {
        builder.environment().put("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("bin/cogbot " + String.join(" ", args) + " did not end within " + PATIENCE);
            }
            Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** How a run of the launcher ended. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    /**
     * The assembled distribution, checked once: it must exist, and hold the runtime these tests were
     * compiled against, or the launcher would run older code than the rest of the build.
     */
    static Path built() {
        String property = System.getProperty("cogbot.test.dist");
        if (property == null) {
            throw new AssertionError("-Dcogbot.test.dist is not set (e2e/pom.xml sets it to dist/target/cogbot)");
        }
        Path built = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isExecutable(built.resolve("bin").resolve("cogbot"))) {
            throw new AssertionError("no distribution at " + built + ": build it first (./mvnw package, or ./test)");
        }
        if (!checked) {
            requireCurrentRuntime(built);
            checked = true;
        }
        return built;
    }

    private static void requireCurrentRuntime(Path built) {
        Path jar;
        try (Stream<Path> jars = Files.list(built.resolve("lib"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("cogbot-runtime-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cogbot-runtime JAR in " + built.resolve("lib")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JarFile runtime = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = runtime.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                byte[] shipped;
                try (InputStream in = runtime.getInputStream(entry)) {
                    shipped = in.readAllBytes();
                }
                byte[] current;
                try (InputStream in = Distribution.class.getClassLoader().getResourceAsStream(entry.getName())) {
                    current = in == null ? null : in.readAllBytes();
                }
                if (current == null || !Arrays.equals(shipped, current)) {
                    throw new AssertionError("the distribution at " + built + " is older than the runtime under test ("
                            + entry.getName() + " differs): rebuild it with ./mvnw package -pl dist -am, or run ./test");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // attributes too: bin/cogbot stays executable
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
