package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.operations.OperationsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A cluster of cogbot nodes as an operator runs it: one copy of the distribution per node, each its
 * own {@code bin/cogbot run} with {@code cluster.enabled=true} on one PostgreSQL database, all of them
 * serving one local Discord whose world has a guild on each shard ({@link GuildPerShard}). No node is
 * given {@code --shards}: they share the shards out by lease.
 *
 * <p>The lease and heartbeat are short ({@link #HEARTBEAT}, {@link #LEASE}) so that a dead node's shards
 * are free within seconds; everything else is the distribution's default.
 */
final class ClusterOnDiscord implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /**
     * Long enough for a test to run a few commands while PostgreSQL is down: a node cut off from it
     * stops its shards when its lease ends, as another node may take them from then on.
     */
    static final Duration LEASE = Duration.ofSeconds(6);
    /** How long the issue allows for a dead node's shards to come back, once its lease has ended. */
    static final Duration TAKEOVER = LEASE.plusSeconds(30);
    /** Starting JVMs and logging in; the machine may be busy with other builds. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Pattern CONNECTED_SHARD = Pattern.compile("shard (\\d+) CONNECTED");
    private static final Pattern CONNECTED_GAUGE = Pattern.compile("(?m)^cogbot_shards_connected(?:\\{[^}]*})? (\\S+)$");

    private final FakeDiscord discord;
    private final GuildPerShard world;
    private final List<Distribution> homes;
    private final List<Integer> operationsPorts;
    private final Map<Integer, BotProcess> running = new ConcurrentHashMap<>();

    private ClusterOnDiscord(FakeDiscord discord, GuildPerShard world, List<Distribution> homes,
            List<Integer> operationsPorts) {
        this.discord = discord;
        this.world = world;
        this.homes = homes;
        this.operationsPorts = operationsPorts;
    }

    /**
     * Installs {@code nodes} nodes under {@code dir} on the store {@code jdbcUrl}, against a new local
     * Discord with {@code world}; none runs yet.
     */
    static ClusterOnDiscord install(Path dir, String jdbcUrl, int nodes, GuildPerShard world) {
        FakeDiscord discord = FakeDiscord.start(world.config());
        List<Distribution> homes = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            Distribution home = Distribution.copyTo(dir.resolve(nodeId(node)));
            int port = freePort();
            debugClusterLogging(home);
            configure(home, """
                    jdbc-url=%s
                    cluster.enabled=true
                    cluster.node-id=%s
                    cluster.heartbeat=%ds
                    cluster.lease=%ds
                    # a store call while PostgreSQL is down fails within the lease, not after it
                    store.connection-timeout=1s
                    operations.port=%d
                    # the tutorial's knock-knock laughs at its own punchline 5 s later: not worth the wait here
                    jokes.laugh-delay=200ms
                    # the presence shows the jokes told every second rather than every minute
                    status.interval=1s
                    """.formatted(jdbcUrl, nodeId(node), HEARTBEAT.toSeconds(), LEASE.toSeconds(), port));
            homes.add(home);
            ports.add(port);
        }
        return new ClusterOnDiscord(discord, world, List.copyOf(homes), List.copyOf(ports));
    }

    static String nodeId(int node) {
        return "node-" + node;
    }

    FakeDiscord discord() {
        return discord;
    }

    int size() {
        return homes.size();
    }

    /** Starts every node at once, as a deployment of all of them does. */
    void startAll() {
        IntStream.range(0, size()).forEach(this::start);
    }

    /** Starts {@code node}'s {@code bin/cogbot run}; returns at once. */
    void start(int node) {
        BotProcess before = running.put(node, BotProcess.onDiscord(homes.get(node), discord.restBaseUrl(), discord.token()));
        assertThat(before).as(nodeId(node) + " already ran").isNull();
    }

    /** The nodes running now. */
    Set<Integer> runningNodes() {
        running.entrySet().removeIf(e -> !e.getValue().isAlive());
        return new TreeSet<>(running.keySet());
    }

    /** Kills {@code node}'s JVM with SIGKILL, as {@code kill -9 PID} does, and waits until it is gone. */
    void kill(int node) {
        BotProcess process = running.remove(node);
        assertThat(process).as(nodeId(node) + " runs").isNotNull();
        process.kill();
    }

    /**
     * Waits until the cluster is settled: Discord holds exactly one live session for each shard, and
     * every running node is ready (its operations port answers 200 on {@code /health/ready}: every
     * shard of that node connected, the store answering) with its fair share of the shards connected.
     *
     * @return how many shards each running node has connected
     */
    State awaitEveryShardServedOnce(Duration within) {
        try {
            return Awaitility.await("one live gateway session per shard, every running node ready with its share")
                    .atMost(within).pollInterval(Duration.ofMillis(100))
                    .until(this::state, State::settled);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + diagnostics(), e);
        }
    }

    /** Starts the nodes that are not running, and waits until the cluster is settled again. */
    void restore() {
        IntStream.range(0, size()).filter(node -> !runningNodes().contains(node)).forEach(this::start);
        awaitEveryShardServedOnce(PATIENCE);
    }

    /**
     * The cluster as seen from outside: Discord's live sessions per shard, and each running node's
     * count of connected shards when it is ready.
     */
    record State(int shards, Map<Integer, Integer> livePerShard, Map<Integer, OptionalInt> connectedPerNode) {

        /** How many shards {@code node} has connected; 0 if it is not ready. */
        int connected(int node) {
            return connectedPerNode.getOrDefault(node, OptionalInt.empty()).orElse(0);
        }

        boolean settled() {
            if (livePerShard.size() != shards || livePerShard.values().stream().anyMatch(n -> n != 1)) {
                return false;
            }
            int nodes = connectedPerNode.size();
            int least = shards / nodes;
            int most = least + (shards % nodes == 0 ? 0 : 1);
            int total = 0;
            for (OptionalInt connected : connectedPerNode.values()) {
                if (connected.isEmpty() || connected.getAsInt() < least || connected.getAsInt() > most) {
                    return false;
                }
                total += connected.getAsInt();
            }
            return total == shards;
        }

        @Override
        public String toString() {
            return "live sessions per shard " + livePerShard + ", shards connected per ready node " + connectedPerNode;
        }
    }

    State state() {
        Map<Integer, OptionalInt> connected = new TreeMap<>();
        runningNodes().forEach(node -> connected.put(node, connectedCount(node)));
        return new State(world.shards(), discord.liveSessionsPerShard(), connected);
    }

    /**
     * How many shards {@code node} has connected, if it is ready: from its operations port, which
     * answers without starting a process, unlike {@code cogbot status}.
     */
    private OptionalInt connectedCount(int node) {
        try {
            OperationsClient operations = operations(node);
            if (operations.get("/health/ready").status() != 200) {
                return OptionalInt.empty();
            }
            Matcher gauge = CONNECTED_GAUGE.matcher(operations.get("/metrics").body());
            return gauge.find() ? OptionalInt.of((int) Double.parseDouble(gauge.group(1))) : OptionalInt.empty();
        } catch (UncheckedIOException notListeningYet) {
            return OptionalInt.empty();
        }
    }

    /** The shards {@code node} says it runs, connected: {@code cogbot status} of its distribution. */
    Set<Integer> connectedShards(int node) {
        Distribution.Result status = cli(node, "status");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        Set<Integer> shards = new TreeSet<>();
        Matcher matcher = CONNECTED_SHARD.matcher(status.out());
        while (matcher.find()) {
            shards.add(Integer.parseInt(matcher.group(1)));
        }
        return shards;
    }

    /** Runs {@code bin/cogbot args...} of {@code node}'s distribution, which talks to that node. */
    Distribution.Result cli(int node, String... args) {
        return homes.get(node).run(args);
    }

    OperationsClient operations(int node) {
        return new OperationsClient(new InetSocketAddress(InetAddress.getLoopbackAddress(), operationsPorts.get(node)));
    }

    /**
     * {@code userId} writes {@code text} in the guild of {@code shard} and this waits for the bot's
     * answer there: the first message the bot sent in that channel after it.
     */
    String says(long userId, int shard, String text) {
        return answers(userId, shard, text, 1).getFirst();
    }

    /** Like {@link #says}, for a command answered with {@code count} messages; returns the first {@code count}. */
    List<String> answers(long userId, int shard, String text, int count) {
        int mark = discord.mark();
        discord.userSays(userId, world.channel(shard), text);
        return awaitSent(mark, shard, count);
    }

    /** Waits for {@code count} messages from the bot in the guild of {@code shard} since {@code mark}. */
    List<String> awaitSent(int mark, int shard, int count) {
        long channel = world.channel(shard);
        return Awaitility.await(count + " message(s) of the bot in #chat-" + shard).atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> since(mark, Recorded.MessageSent.class).stream().filter(m -> m.channelId() == channel)
                        .map(Recorded.MessageSent::content).toList(), sent -> sent.size() >= count)
                .subList(0, count);
    }

    /** What Discord recorded of {@code type} since {@code mark} ({@link FakeDiscord#mark}). */
    <T extends Recorded> List<T> since(int mark, Class<T> type) {
        List<Recorded> all = discord.recorded();
        return all.subList(mark, all.size()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** How many lines of all the nodes' logs contain {@code text}. */
    long logLinesWith(String text) {
        return IntStream.range(0, size()).mapToLong(node -> logLinesWith(node, text)).sum();
    }

    /** How many lines of {@code node}'s log contain {@code text}. */
    long logLinesWith(int node, String text) {
        Path log = homes.get(node).home().resolve("logs").resolve("cogbot.log");
        try {
            return Files.exists(log) ? Files.readAllLines(log).stream().filter(line -> line.contains(text)).count() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JAR of plugin {@code id} in {@code node}'s plugins folder, e.g. {@code plugins/jokes-0.1.0.jar}:
     * the one the distribution shipped, or what a test copied over it.
     */
    Path pluginJar(int node, String id) {
        try (var files = Files.list(homes.get(node).home().resolve("plugins"))) {
            return files.filter(file -> file.getFileName().toString().matches(Pattern.quote(id) + "-\\d.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no JAR of " + id + " in " + nodeId(node)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts {@code jar} in place of plugin {@code id}'s JAR on every node, as an operator copying a new
     * build to each machine does: written beside it, then moved over it in one step, so a folder
     * watcher never sees half a file.
     */
    void copyToEveryNode(Path jar, String id) {
        for (int node = 0; node < size(); node++) {
            Path target = pluginJar(node, id);
            Path partial = target.resolveSibling("." + id + ".partial");
            try {
                Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Waits until one more line of the nodes' logs than {@code before} contains {@code text}. */
    void awaitLogLineWith(String text, long before) {
        Awaitility.await("a log line with '" + text + "'").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> logLinesWith(text) > before);
    }

    /** What Discord saw of the sessions, and the end of each node's log: for a failing test's message. */
    String diagnostics() {
        StringBuilder all = new StringBuilder("--- gateway sessions and closed connections:\n");
        discord.recorded().stream()
                .filter(r -> r instanceof Recorded.Session || r instanceof Recorded.Connection c && !c.open())
                .forEach(r -> all.append(r.at()).append(' ').append(r).append('\n'));
        for (int node = 0; node < size(); node++) {
            Path log = homes.get(node).home().resolve("logs/cogbot.log");
            all.append("--- ").append(nodeId(node)).append(", the end of its log:\n");
            try {
                List<String> lines = Files.readAllLines(log);
                lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(l -> all.append(l).append("\n"));
            } catch (IOException e) {
                all.append(e).append("\n");
            }
        }
        return all.toString();
    }

    /** Kills the nodes still running, then stops Discord. */
    @Override
    public void close() {
        try {
            running.values().parallelStream().forEach(BotProcess::close);
            running.clear();
        } finally {
            discord.close();
        }
    }

    private static void configure(Distribution home, String lines) {
        try {
            Files.writeString(home.home().resolve("conf").resolve("cogbot.properties"), "\n" + lines,
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster's leases and logins in each node's log, for a failing test's message. */
    private static void debugClusterLogging(Distribution home) {
        Path logback = home.home().resolve("conf").resolve("logback.xml");
        try {
            String config = Files.readString(logback);
            Files.writeString(logback, config.replace("</configuration>",
                    "  <logger name=\"dev.cogbot.runtime.cluster\" level=\"DEBUG\"/>\n</configuration>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
