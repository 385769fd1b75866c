package dev.cogbot.bench;

import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StoreScope;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a durable commit costs: one counter increment ({@code UPDATE}, {@code SELECT}, {@code COMMIT},
 * as {@code JdbcStore.add} does it) on an H2 file, in five ways:
 * <ul>
 *   <li>{@code delayed}: H2's default {@code WRITE_DELAY} of 500 ms, the store before it was made
 *       durable: the commit returns before its data are written;</li>
 *   <li>{@code written}: {@code WRITE_DELAY 0}: the commit returns once its chunk is written to the
 *       file (the operating system has it; a killed process loses nothing);</li>
 *   <li>{@code synced}: as {@code written}, plus {@code CHECKPOINT SYNC} (an fsync) after each commit,
 *       which would survive a power cut too;</li>
 *   <li>{@code store}: {@code JdbcStore.increment} itself, one caller, with the hand-over to the store's
 *       thread (a commit and a {@code CHECKPOINT} per call);</li>
 *   <li>{@code store-50}: the same from 50 threads at once, so calls queue and are written in groups.</li>
 * </ul>
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.cogbot.bench.StoreCommits [--commits N] [--dir DIR]}</pre>
 *
 * The database files go in a fresh folder under {@code --dir} (default: the system's temp folder),
 * which decides the disk measured.
 */
public final class StoreCommits {

    /** The timings, and the database file's size at the end, before closing compacts it. */
    private record Run(Samples samples, long wallNanos, long fileBytes) {
    }

    private StoreCommits() {
    }

    public static void main(String[] args) throws Exception {
        int commits = 10_000;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--commits" -> commits = Integer.parseInt(args[++i].replace("_", ""));
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintStream out = System.out;
        out.printf("%d increments each, one at a time, on an H2 file in %s%n", commits, dir);
        out.printf("%-8s %9s %9s %9s %9s %12s%n", "mode", "calls/s", "mean µs", "p50 µs", "p99 µs", "file MiB at end");
        for (String mode : new String[] {"delayed", "written", "synced", "store", "store-50"}) {
            Path folder = Files.createTempDirectory(dir, "cogbot-store-bench-");
            try {
                Run run = switch (mode) {
                    case "store" -> viaStore(folder, commits, 1);
                    case "store-50" -> viaStore(folder, commits, 50);
                    default -> viaJdbc(folder, mode, commits);
                };
                Samples samples = run.samples();
                out.printf(Locale.ROOT, "%-8s %9.0f %9.1f %9.1f %9.1f %12.1f%n", mode,
                        samples.size() * 1e9 / run.wallNanos(), samples.mean() / 1e3,
                        samples.percentile(50) / 1e3, samples.percentile(99) / 1e3, run.fileBytes() / 1048576.0);
            } finally {
                deleteTree(folder);
            }
        }
    }

    /** Warm-up as many as measured, same file: the file's growth in the run is part of the cost. */
    private static Run viaJdbc(Path folder, String mode, int commits) throws SQLException, IOException {
        String url = "jdbc:h2:file:" + folder.resolve("cogbot") + (mode.equals("delayed") ? "" : ";WRITE_DELAY=0");
        try (Connection connection = DriverManager.getConnection(url);
             Statement setup = connection.createStatement()) {
            setup.execute("CREATE TABLE counters (counter_name VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " counter_value BIGINT NOT NULL)");
            setup.execute("INSERT INTO counters VALUES ('jokes.told', 0)");
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                         "UPDATE counters SET counter_value = counter_value + 1 WHERE counter_name = ?");
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT counter_value FROM counters WHERE counter_name = ?");
                 Statement sync = connection.createStatement()) {
                update.setString(1, "jokes.told");
                select.setString(1, "jokes.told");
                Samples samples = new Samples(commits);
                long wall = 0;
                for (int i = 0; i < 2 * commits; i++) {
                    long start = System.nanoTime();
                    update.executeUpdate();
                    try (ResultSet row = select.executeQuery()) {
                        row.next();
                    }
                    connection.commit();
                    if (mode.equals("synced")) {
                        sync.execute("CHECKPOINT SYNC");
                    }
                    long took = System.nanoTime() - start;
                    if (i >= commits) {
                        samples.add(took);
                        wall += took;
                    }
                }
                return new Run(samples, wall, Files.size(folder.resolve("cogbot.mv.db")));
            }
        }
    }

    /**
     * {@code JdbcStore.increment} from {@code callers} virtual threads at once; each sample is one
     * call's time from asking to its return, so with many callers it includes the wait for the others.
     */
    private static Run viaStore(Path folder, int commits, int callers) throws Exception {
        try (JdbcStore store = JdbcStore.open(JdbcStore.defaultUrl(folder))) {
            Samples samples = new Samples(commits);
            long wall = 0;
            for (int round = 0; round < 2; round++) {
                boolean measured = round == 1;
                long roundStart = System.nanoTime();
                try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                    List<Future<long[]>> timings = new ArrayList<>();
                    for (int c = 0; c < callers; c++) {
                        timings.add(threads.submit(() -> {
                            long[] took = new long[commits / callers];
                            for (int i = 0; i < took.length; i++) {
                                long start = System.nanoTime();
                                store.add(StoreScope.shared("jokes"), "told", 1);
                                took[i] = System.nanoTime() - start;
                            }
                            return took;
                        }));
                    }
                    for (Future<long[]> timing : timings) {
                        for (long took : timing.get()) {
                            if (measured) {
                                samples.add(took);
                            }
                        }
                    }
                }
                wall = System.nanoTime() - roundStart;
            }
            return new Run(samples, wall, Files.size(folder.resolve("cogbot.mv.db")));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
