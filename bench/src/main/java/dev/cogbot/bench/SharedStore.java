package dev.cogbot.bench;

import dev.cogbot.runtime.storage.JdbcStore;
import dev.cogbot.runtime.storage.StoreScope;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Store operations per second per node: the store on its default H2 file against the store on a
 * real PostgreSQL server ({@link ThrowawayPostgres}, from Debian's package, on the loopback) shared
 * by one and by three nodes. A node is a {@link JdbcStore} with its own pool, as a cogbot process
 * has; the nodes run in this one JVM (the machine's cores are shared either way). Each node has
 * {@code callers} virtual threads calling at once, for {@code --seconds} after as long a warm-up:
 * <ul>
 *   <li>{@code add}: 1 added to one counter that every node shares (the jokes told: the worst case,
 *       every call takes the same row's lock);</li>
 *   <li>{@code get}: a value read;</li>
 *   <li>{@code put}: a value written, one key per caller.</li>
 * </ul>
 *
 * <p>The throwaway server runs with {@code fsync=off} and {@code synchronous_commit=off}: its
 * commits reach the operating system, not the disk, as the H2 store's do (which does not fsync
 * either), so the two are compared like for like; a production server that syncs each commit adds
 * its disk's flush time to every write.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.cogbot.bench.SharedStore [--seconds S] [--callers 1,16] [--dir DIR]}</pre>
 */
public final class SharedStore {

    private static final StoreScope JOKES = StoreScope.shared("jokes");

    private SharedStore() {
    }

    private record Result(long calls, Samples samples, long wallNanos) {
    }

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(10);
        int[] callerCounts = {1, 16};
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--callers" -> callerCounts = Stream.of(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintStream out = System.out;
        ThrowawayPostgres postgres = new ThrowawayPostgres();
        postgres.beforeAll(null);
        try {
            out.printf("%s of measuring after as much warm-up, per configuration%n", measure);
            out.printf("%-10s %5s %7s %4s %12s %12s %8s %8s%n", "store", "nodes", "callers", "op", "ops/s/node",
                    "ops/s total", "p50 µs", "p99 µs");
            for (int callers : callerCounts) {
                for (String op : new String[] {"add", "get", "put"}) {
                    Path folder = Files.createTempDirectory(dir, "cogbot-shared-store-bench-");
                    try {
                        report(out, "h2", 1, callers, op, run(List.of(JdbcStore.defaultUrl(folder)), callers, op, measure));
                    } finally {
                        deleteTree(folder);
                    }
                    for (int nodes : new int[] {1, 3}) {
                        String url = postgres.newDatabase();
                        report(out, "postgresql", nodes, callers, op,
                                run(java.util.Collections.nCopies(nodes, url), callers, op, measure));
                    }
                }
            }
        } finally {
            postgres.afterAll(null);
        }
    }

    private static void report(PrintStream out, String store, int nodes, int callers, String op, Result result) {
        double perSecond = result.calls() * 1e9 / result.wallNanos();
        out.printf(Locale.ROOT, "%-10s %5d %7d %4s %12.0f %12.0f %8.0f %8.0f%n", store, nodes, callers, op,
                perSecond / nodes, perSecond, result.samples().percentile(50) / 1e3, result.samples().percentile(99) / 1e3);
    }

    /** One store per URL (a node each), {@code callers} threads on each, warm-up then measured. */
    private static Result run(List<String> urls, int callers, String op, Duration measure) throws Exception {
        List<JdbcStore> nodes = new ArrayList<>();
        try {
            for (String url : urls) {
                nodes.add(JdbcStore.open(url));
            }
            nodes.getFirst().put(JOKES, "motd", "Knock knock.");
            round(nodes, callers, op, measure, null);
            Samples samples = new Samples(1 << 20);
            long start = System.nanoTime();
            long calls = round(nodes, callers, op, measure, samples);
            return new Result(calls, samples, System.nanoTime() - start);
        } finally {
            nodes.forEach(JdbcStore::close);
        }
    }

    /** Every node's callers calling for {@code length}; returns the calls made; times them into {@code samples} if given. */
    private static long round(List<JdbcStore> nodes, int callers, String op, Duration length, Samples samples)
            throws Exception {
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> timings = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < nodes.size(); n++) {
                JdbcStore node = nodes.get(n);
                for (int c = 0; c < callers; c++) {
                    String key = "key-" + n + "-" + c;
                    timings.add(threads.submit(() -> {
                        go.await();
                        long[] took = new long[1 << 16];
                        int count = 0;
                        while (System.nanoTime() < end) {
                            long started = System.nanoTime();
                            switch (op) {
                                case "add" -> node.add(JOKES, "told", 1);
                                case "get" -> node.get(JOKES, "motd");
                                default -> node.put(JOKES, key, "value " + started);
                            }
                            if (count == took.length) {
                                took = java.util.Arrays.copyOf(took, count * 2);
                            }
                            took[count++] = System.nanoTime() - started;
                        }
                        return java.util.Arrays.copyOf(took, count);
                    }));
                }
            }
            go.countDown();
            long calls = 0;
            for (Future<long[]> timing : timings) {
                for (long took : timing.get()) {
                    calls++;
                    if (samples != null) {
                        samples.add(took);
                    }
                }
            }
            return calls;
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
