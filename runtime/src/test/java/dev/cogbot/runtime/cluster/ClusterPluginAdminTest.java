package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.control.ControlClient;
import dev.cogbot.runtime.control.ControlRequest;
import dev.cogbot.runtime.control.ControlResponse;
import dev.cogbot.runtime.control.Outcome;
import dev.cogbot.runtime.plugins.NodeOutcome;
import dev.cogbot.runtime.plugins.PluginOutcome;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.PluginResult;
import dev.cogbot.runtime.plugins.PluginSummary;
import dev.cogbot.runtime.plugins.TestPluginJar;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.transport.ReadyAtOnceTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Plugin operations asked on one node of a cluster, on whole bots sharing a real PostgreSQL and real plugin JARs. */
class ClusterPluginAdminTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @TempDir
    Path root;

    private String url;
    private Path hello;
    private final List<Node> nodes = new ArrayList<>();

    /** One bot of the cluster, on a clock of its own (moved with the others'). */
    private record Node(String id, CogbotApp app, ManualTime time, Path home) {
        boolean runs(String pluginId) {
            return app.plugins().isRunning(pluginId);
        }
    }

    @BeforeEach
    void aDatabaseAndAPlugin() {
        url = postgres.newDatabase();
        hello = TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(root.resolve("jars"));
    }

    @AfterEach
    void stopTheNodes() {
        nodes.forEach(node -> node.app().close());
    }

    private Node start(String id, Path... jars) throws Exception {
        return start(id, Map.of(), jars);
    }

    private Node start(String id, Map<String, String> settings, Path... jars) throws Exception {
        Path home = root.resolve(id);
        Files.createDirectories(home.resolve("plugins"));
        for (Path jar : jars) {
            Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));
        }
        Map<String, String> config = new HashMap<>(Map.of("jdbc-url", url, "cluster.enabled", "true",
                "cluster.node-id", id));
        config.putAll(settings);
        // every node's clock shows the same time as the others'
        ManualTime time = new ManualTime(nodes.isEmpty() ? new ManualTime().now()
                : nodes.getFirst().time().now());
        CogbotApp app = CogbotApp.start(BotPaths.under(home), BotConfig.of(config), time, ReadyAtOnceTransport::new);
        Node node = new Node(id, app, time, home);
        nodes.add(node);
        return node;
    }

    /** The same plugin, id and version, built again: another JAR, with another checksum. */
    private Path anotherBuildOfHello() {
        return TestPluginJar.plugin("hello", "1.0.0").helloCog().entry("build.txt", "another build")
                .writeTo(root.resolve("other-jars"));
    }

    private static List<NodeOutcome> nodesOf(PluginResult result) {
        assertThat(result.outcome()).isInstanceOf(PluginOutcome.AcrossCluster.class);
        return ((PluginOutcome.AcrossCluster) result.outcome()).nodes();
    }

    private static PluginOutcome outcomeOn(PluginResult result, String nodeId) {
        return nodesOf(result).stream().filter(node -> node.nodeId().equals(nodeId)).findFirst()
                .map(node -> ((NodeOutcome.Answered) node).outcome()).orElseThrow();
    }

    /** Asks in the background, moving {@code node}'s clock a second at a time until the answer comes. */
    private static PluginResult askWhileTimePasses(Node node, Supplier<PluginResult> ask) {
        CompletableFuture<PluginResult> result = CompletableFuture.supplyAsync(ask);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            if (!result.isDone()) {
                node.time().advance(Duration.ofSeconds(1));
            }
            return result.isDone();
        });
        return result.join();
    }

    private int listeners(String nodeId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                     + "'cogbot plugins " + nodeId + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aReloadAskedOnOneNodeIsAppliedOnTheOtherAndBothOutcomesAreReported() throws Exception {
        Node a = start("a", hello);
        Node b = start("b", hello);

        PluginResult result = a.app().admin().reload("hello");

        assertThat(nodesOf(result)).extracting(NodeOutcome::nodeId).containsExactly("a", "b");
        assertThat(outcomeOn(result, "a")).isInstanceOf(PluginOutcome.Reloaded.class);
        assertThat(outcomeOn(result, "b")).isInstanceOf(PluginOutcome.Reloaded.class);
        assertThat(outcomeOn(result, "b").line()).startsWith("reloaded hello 1.0.0 -> hello 1.0.0");
        assertThat(result.done()).isTrue();
        assertThat(b.runs("hello")).isTrue();
    }

    @Test
    void theNodeListsTheVersionAndChecksumOfTheJarItRunsNotOfANewerFileInItsFolder() throws Exception {
        Node a = start("a", hello);
        String running = PluginChecksum.sha256(hello);

        Files.copy(TestPluginJar.plugin("hello", "1.1.0").helloCog().writeTo(root.resolve("newer-jars")),
                a.home().resolve("plugins").resolve(hello.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(((ClusterPluginAdmin) a.app().admin()).running())
                .containsExactly(new PluginChecksum("hello", "1.0.0", running));
    }

    @Test
    void anUnloadAskedOnOneNodeUnloadsOnEveryNode() throws Exception {
        Node a = start("a", hello);
        Node b = start("b", hello);

        PluginResult result = a.app().admin().unload("hello", false, false);

        assertThat(outcomeOn(result, "b")).isInstanceOf(PluginOutcome.Unloaded.class);
        assertThat(a.runs("hello")).isFalse();
        assertThat(b.runs("hello")).isFalse();
    }

    @Test
    void anUnloadIsRememberedSoANodeStartedLaterDoesNotLoadIt() throws Exception {
        Node a = start("a", hello);
        start("b", hello);
        a.app().admin().unload("hello", false, false);

        Node c = start("c", hello);

        assertThat(c.runs("hello")).isFalse();
        assertThat(c.app().admin().list().notRunningIds()).containsExactly("hello");
    }

    @Test
    void aLoadAskedLaterIsRememberedOverWhatANodeUnloadedOnItsOwn() throws Exception {
        Node a = start("a", hello);
        a.app().admin().unload("hello", false, false);
        a.app().admin().load("hello");
        a.app().close();
        nodes.remove(a);

        // b's own list says unloaded (as a node running alone left it); the cluster's wanted state wins
        Path data = root.resolve("b").resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("unloaded-plugins.txt"), "hello\n");
        Node b = start("b", hello);

        assertThat(b.runs("hello")).isTrue();
    }

    @Test
    void aNodeWhoseJarDiffersFromTheClustersRefusesThePluginAndSaysWhy() throws Exception {
        start("a", hello);

        Node b = start("b", anotherBuildOfHello());

        assertThat(b.runs("hello")).isFalse();
        PluginSummary listed = b.app().admin().list().plugins().getFirst();
        assertThat(listed.state()).isEqualTo("FAILED");
        assertThat(listed.problem()).get().isInstanceOf(PluginProblem.ChecksumMismatch.class);
        assertThat(listed.problem().get().message())
                .contains("plugin hello (hello-1.0.0.jar) on node b has SHA-256 ")
                .contains("but the cluster runs SHA-256 ")
                .contains("copy the same JAR to every node");
    }

    @Test
    void aReloadOfANewJarRefusedByANodeWithAnotherJarIsReportedForThatNode() throws Exception {
        Node a = start("a", hello);
        Node b = start("b", hello);
        Path newer = anotherBuildOfHello();
        Files.copy(newer, a.home().resolve("plugins/hello-1.0.0.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        PluginResult result = a.app().admin().reload("hello");

        assertThat(outcomeOn(result, "a")).isInstanceOf(PluginOutcome.Reloaded.class);
        assertThat(outcomeOn(result, "b")).isInstanceOf(PluginOutcome.Refused.class);
        assertThat(outcomeOn(result, "b").line()).contains("on node b has SHA-256")
                .contains("copy the same JAR to every node");
        assertThat(result.done()).isFalse();
        // rather than run the old version beside the new one
        assertThat(b.runs("hello")).isFalse();
    }

    @Test
    void aNodeThatMissedTheAnnouncementCatchesUpAtItsHeartbeat() throws Exception {
        Node a = start("a", hello);
        Node b = start("b", hello);
        await().until(() -> listeners("b") == 1);
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cogbot plugins b'");

        CompletableFuture<PluginResult> asked = CompletableFuture.supplyAsync(
                () -> a.app().admin().unload("hello", false, false));
        await().until(() -> !a.runs("hello"));
        assertThat(b.runs("hello")).isTrue();
        b.time().advance(ClusterSettings.DEFAULT_HEARTBEAT);

        assertThat(b.runs("hello")).isFalse();
        await().until(asked::isDone);
        assertThat(outcomeOn(asked.join(), "b")).isInstanceOf(PluginOutcome.Unloaded.class);
    }

    @Test
    void aNodeThatMissedAnOperationNoLongerKeptStillEndsAsTheClusterWantsAtItsHeartbeat() throws Exception {
        Node a = start("a", hello);
        Node b = start("b", hello);
        await().until(() -> listeners("b") == 1);
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cogbot plugins b'");
        PluginResult result = askWhileTimePasses(a, () -> a.app().admin().unload("hello", false, false));
        assertThat(nodesOf(result).get(1)).isInstanceOf(NodeOutcome.Silent.class);
        execute("DELETE FROM cogbot_cluster_plugin_op");

        b.time().advance(ClusterSettings.DEFAULT_HEARTBEAT);

        assertThat(b.runs("hello")).isFalse();
    }

    @Test
    void anOperationTheClusterCannotBeToldOfIsDoneHereAndSaysTheOthersWereNotAsked() throws Exception {
        Node a = start("a", hello);
        postgres.stop();
        try {
            PluginResult result = a.app().admin().unload("hello", false, false);

            assertThat(outcomeOn(result, "a")).isInstanceOf(PluginOutcome.Unloaded.class);
            assertThat(nodesOf(result).get(1)).isInstanceOf(NodeOutcome.NotAsked.class);
            assertThat(nodesOf(result).get(1).line())
                    .startsWith("the other nodes: not asked: could not tell the cluster to unload hello (cannot ask")
                    .endsWith("; ask again once PostgreSQL answers");
            assertThat(result.done()).isFalse();
        } finally {
            postgres.start();
        }
    }

    @Test
    void aRequestTheAskingNodeFindsWrongIsRefusedThereAndNotAskedOfTheOthers() throws Exception {
        Node a = start("a", hello);
        start("b", hello);

        PluginResult result = a.app().admin().load("nothing");

        assertThat(result.outcome()).isEqualTo(new PluginOutcome.Refused(new PluginProblem.NoSuchPlugin("nothing")));
    }

    @Test
    void aLiveNodeThatDoesNotAnswerIsReportedAsSuch() throws Exception {
        Node a = start("a", hello);
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        // registered and heartbeating, but deaf to plugin operations
        new NodeRegistry(database, ClusterSettings.DEFAULT_LEASE)
                .register(NodeInfo.starting("ghost", "0.0.0", a.time().now()), a.time().now());

        PluginResult result = askWhileTimePasses(a, () -> a.app().admin().unload("hello", false, false));

        assertThat(nodesOf(result)).extracting(NodeOutcome::line).containsExactly(
                "node a: " + outcomeOn(result, "a").line(),
                "node ghost: did not answer within 10s; it applies the wanted state when it next heartbeats or rejoins");
    }

    @Test
    void theControlChannelShowsOneLinePerNodeAndARefusalOnAnyNodeFailsTheRequest() throws Exception {
        Node a = start("a", hello);
        start("b");

        ControlResponse response = new ControlClient(a.home().resolve("data")).send(new ControlRequest.Reload("hello"));

        assertThat(response.outcome()).isEqualTo(Outcome.PLUGIN_FAILED);
        assertThat(response.lines()).hasSize(2);
        assertThat(response.lines().get(0)).startsWith("node a: reloaded hello 1.0.0 -> hello 1.0.0");
        assertThat(response.lines().get(1)).isEqualTo("node b: no plugin 'hello' is loaded or in the plugins folder;"
                + " 'cogbot plugins' lists them");
    }

    @Test
    void withThePluginFolderSetToClusterAJarDroppedOnOneNodeLoadsOnEveryNode() throws Exception {
        Node a = start("a", Map.of("cluster.plugin-folder", "cluster"));
        // b's own folder watcher waits an hour: what loads the plugin there is a's
        Node b = start("b", Map.of("plugin-folder-settle", "3600s"));
        Files.copy(hello, b.home().resolve("plugins").resolve(hello.getFileName()));

        Files.copy(hello, a.home().resolve("plugins").resolve(hello.getFileName()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            nodes.forEach(node -> node.time().advance(Duration.ofMillis(500)));
            return a.runs("hello") && b.runs("hello");
        });
    }

    @Test
    void withThePluginFolderOnItsDefaultAJarDroppedOnOneNodeLoadsOnThatNodeOnly() throws Exception {
        Node a = start("a");
        Node b = start("b", Map.of("plugin-folder-settle", "3600s"));
        Files.copy(hello, b.home().resolve("plugins").resolve(hello.getFileName()));

        Files.copy(hello, a.home().resolve("plugins").resolve(hello.getFileName()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            nodes.forEach(node -> node.time().advance(Duration.ofMillis(500)));
            return a.runs("hello");
        });
        assertThat(b.runs("hello")).isFalse();
    }

}
