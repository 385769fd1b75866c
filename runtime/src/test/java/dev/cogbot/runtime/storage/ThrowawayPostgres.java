package dev.cogbot.runtime.storage;

import com.sun.security.auth.module.UnixSystem;
import dev.cogbot.runtime.testing.MachineRequirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for one test class: a throwaway cluster in a temporary folder, made by
 * {@code initdb} and run by {@code pg_ctl} from Debian's {@code postgresql} package, under an
 * unprivileged user when the tests run as root (PostgreSQL refuses to run as root). It listens on
 * a free port on the loopback only, trusts local connections, and is stopped and deleted after the
 * class.
 *
 * <p>Without the package the test fails under CI and is skipped elsewhere
 * ({@link MachineRequirement}); {@code .ci/run} installs it when missing.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ThrowawayPostgres postgres = new ThrowawayPostgres();
 *
 * @Test
 * void storesACounter() {
 *     String url = postgres.newDatabase(); // a fresh, empty database per test
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #stop()} and {@link #start()} take the server down and up again in the middle of a test,
 * on the same port and data, as a database restart does in production.
 */
public final class ThrowawayPostgres implements BeforeAllCallback, AfterAllCallback {

    /** The superuser the cluster is made with; local connections are trusted, so no password. */
    public static final String USER = "cogbot";

    private static final String UNPRIVILEGED_USER = "postgres";
    private static final AtomicInteger databases = new AtomicInteger();

    private Path folder;
    private Path data;
    private Path bin;
    private int port;
    private Thread stopAtExit;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> found = binaries();
        MachineRequirement.require(found.isPresent(),
                "PostgreSQL's server programs (Debian package postgresql), to run a real database");
        bin = found.orElseThrow();
        if (runsAsRoot()) {
            MachineRequirement.require(userExists(UNPRIVILEGED_USER),
                    "the system user '" + UNPRIVILEGED_USER + "' (made by the postgresql package), to run PostgreSQL as non-root");
        }
        folder = Files.createTempDirectory("cogbot-postgres");
        data = folder.resolve("data");
        port = freePort();
        handToServerUser(folder);
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"));
        stopAtExit = new Thread(this::stopQuietly, "throwaway-postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (folder == null) {
            return;
        }
        try {
            stopQuietly();
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } finally {
            deleteRecursively(folder);
        }
    }

    /** Starts the server (again), on the same port and data, and waits until it accepts connections. */
    public void start() {
        // fsync off: a test's data need not survive a machine crash, and this keeps the tests fast.
        // The socket goes in the cluster's own folder, not the system's /var/run/postgresql.
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + folder
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                "-o", options, "-w", "-t", "60", "start"));
    }

    /** Stops the server at once (as a crash or an operator's fast shutdown would), closing every connection. */
    public void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Creates a new empty database and returns its JDBC URL (user {@link #USER}, no password). */
    public String newDatabase() {
        String name = "test_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    /** The JDBC URL of database {@code name} on this server, with the user in it. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + USER;
    }

    private void stopQuietly() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            } catch (RuntimeException e) {
                System.err.println("could not stop the test PostgreSQL server: " + e.getMessage());
            }
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("cogbot-postgres-command", ".log");
            try {
                Process process = new ProcessBuilder(full).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                            + "):\n" + Files.readString(output, StandardCharsets.UTF_8) + serverLog());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private String serverLog() throws IOException {
        Path log = folder.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static void handToServerUser(Path folder) throws IOException, InterruptedException {
        if (!runsAsRoot()) {
            return;
        }
        Process chown = new ProcessBuilder("chown", UNPRIVILEGED_USER + ":", folder.toString()).inheritIO().start();
        if (chown.waitFor() != 0) {
            throw new IllegalStateException("could not give " + folder + " to " + UNPRIVILEGED_USER);
        }
    }

    /** The newest installed PostgreSQL's programs, as Debian lays them out. */
    private static Optional<Path> binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed.map(version -> version.resolve("bin"))
                    .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                    .max(Comparator.comparingInt(ThrowawayPostgres::majorVersion));
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean runsAsRoot() {
        return new UnixSystem().getUid() == 0;
    }

    private static boolean userExists(String user) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
            return lines.anyMatch(line -> line.startsWith(user + ":"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
