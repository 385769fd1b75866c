package dev.cogbot.bench;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.operations.OperationsClient;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Failover time: three nodes of the assembled distribution ({@code bin/cogbot run}, cluster mode on a
 * real PostgreSQL server, {@link ThrowawayPostgres}) share the six shards of the local Discord server
 * by lease; one node is killed with SIGKILL, and the clock runs from just before the kill until every
 * shard it served has had a new IDENTIFY answered with READY on a surviving node, as the Discord
 * server records it. Then the killed node is started again, the cluster settles back to two shards a
 * node, and after {@link #QUIET} (longer than Discord's IDENTIFY window, so the logins of the settling
 * do not delay the takeover's) the next run kills the next node.
 *
 * <p>What the figure is made of: the dead node's leases (and its place in the node list) run out
 * {@code lease} after its last renewal, which came up to one {@code heartbeat} before the kill; a
 * survivor sees that at its next tick, up to one more {@code heartbeat}; then it logs the shards in
 * through the cluster's IDENTIFY pacing (at most one login per rate-limit bucket, {@code shard %
 * max_concurrency}, per 5 s; by default {@code max_concurrency} is 6, a bucket per shard) and Discord
 * answers READY. So {@code lease - heartbeat <= failover <= lease + heartbeat}, plus the logins: with
 * {@code --max-concurrency 1} (most bots) the dead node's second shard waits 5 s after the first.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.cogbot.bench.Failover [--dist DIR] [--runs N] [--heartbeat 1s] [--lease 3s] [--max-concurrency 6] [--dir DIR]}</pre>
 */
public final class Failover {

    private static final int NODES = 3;
    private static final int SHARDS = 6;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Discord's IDENTIFY window and a margin: how long the cluster is left alone before each kill. */
    private static final Duration QUIET = Duration.ofSeconds(6);
    private static final Pattern CONNECTED = Pattern.compile("(?m)^cogbot_shards_connected(?:\\{[^}]*})? (\\S+)$");

    private Failover() {
    }

    /** One run: when each shard of the killed node was READY again, from the kill. */
    private record Run(int victim, Map<Integer, Duration> readyAgain) {
        Duration last() {
            return readyAgain.values().stream().max(Duration::compareTo).orElseThrow();
        }

        Duration first() {
            return readyAgain.values().stream().min(Duration::compareTo).orElseThrow();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of("dist/target/cogbot");
        int runs = 5;
        String heartbeat = "1s";
        String lease = "3s";
        int maxConcurrency = SHARDS;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dist" -> dist = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--heartbeat" -> heartbeat = args[++i];
                case "--lease" -> lease = args[++i];
                case "--max-concurrency" -> maxConcurrency = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: Failover [--dist DIR] [--runs N] [--heartbeat 1s] [--lease 3s] [--max-concurrency 6] [--dir DIR]");
            }
        }
        Path launcher = dist.resolve("bin").resolve("cogbot").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + "; build the distribution first (./mvnw package)");
        }
        FakeDiscordConfig world = FakeDiscordConfig.builder().recommendedShards(SHARDS).maxConcurrency(maxConcurrency)
                .identifyRateLimit(true).build();
        ThrowawayPostgres postgres = new ThrowawayPostgres();
        postgres.beforeAll(null);
        Path scratch = Files.createTempDirectory(dir, "cogbot-failover-bench-");
        try (FakeDiscord discord = FakeDiscord.start(world)) {
            String jdbcUrl = postgres.newDatabase();
            List<Node> nodes = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                nodes.add(new Node("node-" + n, launcher, scratch.resolve("node-" + n), jdbcUrl, heartbeat, lease, discord));
            }
            System.out.printf(Locale.ROOT, "failover of %d shards over %d nodes; cluster.heartbeat=%s cluster.lease=%s;"
                    + " max_concurrency %d; %d run(s)%n", SHARDS, NODES, heartbeat, lease, maxConcurrency, runs);
            try {
                nodes.forEach(Node::start);
                awaitSettled(nodes);
                List<Run> measured = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    int victim = r % NODES;
                    // a node dies long after the cluster's last login, not just after it: without this
                    // pause the takeover would also wait out the IDENTIFY window of the settling logins
                    Thread.sleep(QUIET.toMillis());
                    Run run = killAndAwaitTakeover(discord, nodes, victim);
                    measured.add(run);
                    System.out.printf(Locale.ROOT, "run %d: killed node-%d, its shards %s READY again after %s%n", r + 1,
                            victim, run.readyAgain().keySet(), run.readyAgain().entrySet().stream()
                                    .map(e -> "shard " + e.getKey() + " " + seconds(e.getValue()))
                                    .collect(Collectors.joining(", ")));
                    nodes.get(victim).start();
                    awaitSettled(nodes);
                }
                Samples last = new Samples(runs);
                Samples first = new Samples(runs);
                measured.forEach(run -> {
                    last.add(run.last().toNanos());
                    first.add(run.first().toNanos());
                });
                System.out.printf(Locale.ROOT, "kill -9 to every shard READY again: median %s, max %s (n=%d)%n",
                        seconds(last.percentile(50)), seconds(last.max()), runs);
                System.out.printf(Locale.ROOT, "kill -9 to the first shard READY again: median %s, max %s%n",
                        seconds(first.percentile(50)), seconds(first.max()));
            } finally {
                nodes.forEach(Node::kill);
            }
        } finally {
            postgres.afterAll(null);
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String seconds(Duration duration) {
        return seconds(duration.toNanos());
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** Kills {@code victim} and waits until each shard it had is READY on another node. */
    private static Run killAndAwaitTakeover(FakeDiscord discord, List<Node> nodes, int victim) {
        int mark = discord.mark();
        Instant killed = Instant.now();
        nodes.get(victim).kill();
        // the shards of the sessions whose connections the kill closed
        Set<Integer> orphaned = await(() -> {
            Map<Integer, Integer> shardOfConnection = new HashMap<>();
            Set<Integer> closed = new TreeSet<>();
            List<Recorded> all = discord.recorded();
            for (int i = 0; i < all.size(); i++) {
                boolean sinceTheKill = i >= mark;
                switch (all.get(i)) {
                    case Recorded.Session s when s.kind() == Recorded.Session.Kind.IDENTIFIED
                            || s.kind() == Recorded.Session.Kind.RESUMED -> shardOfConnection.put(s.connectionId(), s.shard().id());
                    case Recorded.Connection c when !c.open() && sinceTheKill && shardOfConnection.containsKey(c.connectionId()) ->
                            closed.add(shardOfConnection.get(c.connectionId()));
                    default -> {
                    }
                }
            }
            return closed.size() == SHARDS / NODES ? closed : null;
        }, "the killed node's " + SHARDS / NODES + " sessions closed");
        Map<Integer, Duration> readyAgain = await(() -> {
            Map<Integer, Duration> ready = new TreeMap<>();
            List<Recorded> all = discord.recorded();
            for (Recorded event : all.subList(mark, all.size())) {
                if (event instanceof Recorded.Session s && s.kind() == Recorded.Session.Kind.IDENTIFIED
                        && orphaned.contains(s.shard().id())) {
                    ready.putIfAbsent(s.shard().id(), Duration.between(killed, s.at()));
                }
            }
            return ready.keySet().equals(orphaned) ? ready : null;
        }, "shards " + orphaned + " READY on the survivors");
        return new Run(victim, readyAgain);
    }

    /** Until every running node has its share of the shards connected, two each, six in all. */
    private static void awaitSettled(List<Node> nodes) {
        await(() -> {
            int total = 0;
            for (Node node : nodes) {
                int connected = node.connectedShards();
                if (connected != SHARDS / NODES) {
                    return null;
                }
                total += connected;
            }
            return total == SHARDS ? Boolean.TRUE : null;
        }, "every node with " + SHARDS / NODES + " shards connected");
    }

    /** Polls {@code condition} every 10 ms until it gives a value; fails after {@link #PATIENCE}. */
    private static <T> T await(java.util.function.Supplier<T> condition, String what) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("not within " + PATIENCE + ": " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** One node: {@code bin/cogbot run} with its own data and log folders, configured through the environment. */
    private static final class Node {
        private final String id;
        private final Path launcher;
        private final Path home;
        private final String jdbcUrl;
        private final String heartbeat;
        private final String lease;
        private final FakeDiscord discord;
        private final int operationsPort;
        private Process process;

        Node(String id, Path launcher, Path home, String jdbcUrl, String heartbeat, String lease, FakeDiscord discord) {
            this.id = id;
            this.launcher = launcher;
            this.home = home;
            this.jdbcUrl = jdbcUrl;
            this.heartbeat = heartbeat;
            this.lease = lease;
            this.discord = discord;
            this.operationsPort = freePort();
        }

        void start() {
            try {
                Files.createDirectories(home);
                ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "run", "--api-base-url",
                        discord.restBaseUrl(), "--data-dir", home.resolve("data").toString())
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("stdout.txt").toFile()))
                        .redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("stderr.txt").toFile()));
                Map<String, String> env = builder.environment();
                env.keySet().removeIf(name -> name.startsWith("COGBOT_"));
                env.put("JAVA_HOME", System.getProperty("java.home"));
                env.put("JAVA_OPTS", "-Dcogbot.logs=" + home.resolve("logs"));
                env.put("DISCORD_TOKEN", discord.token());
                env.put("COGBOT_JDBC_URL", jdbcUrl);
                env.put("COGBOT_CLUSTER_ENABLED", "true");
                env.put("COGBOT_CLUSTER_NODE_ID", id);
                env.put("COGBOT_CLUSTER_HEARTBEAT", heartbeat);
                env.put("COGBOT_CLUSTER_LEASE", lease);
                // a lease of a few seconds needs a store that gives up on a connection sooner
                env.put("COGBOT_STORE_CONNECTION_TIMEOUT", "1s");
                env.put("COGBOT_OPERATIONS_PORT", Integer.toString(operationsPort));
                process = builder.start();
                process.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + id, e);
            }
        }

        /** SIGKILL, as {@code kill -9} (the launcher execs the JVM), and waits until the process is gone. */
        void kill() {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroyForcibly();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(id + " outlived SIGKILL by 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The shards it has connected, from its operations port; 0 until it is ready. */
        int connectedShards() {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(id + " is not running; see " + home);
            }
            try {
                OperationsClient operations = new OperationsClient(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), operationsPort));
                if (operations.get("/health/ready").status() != 200) {
                    return 0;
                }
                Matcher gauge = CONNECTED.matcher(operations.get("/metrics").body());
                return gauge.find() ? (int) Double.parseDouble(gauge.group(1)) : 0;
            } catch (UncheckedIOException notListeningYet) {
                return 0;
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
