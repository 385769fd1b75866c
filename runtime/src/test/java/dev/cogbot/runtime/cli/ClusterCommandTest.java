package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.cluster.ClusterDatabase;
import dev.cogbot.runtime.cluster.Leadership;
import dev.cogbot.runtime.cluster.NodeInfo;
import dev.cogbot.runtime.cluster.NodeRegistry;
import dev.cogbot.runtime.cluster.PluginChecksum;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogbot cluster}: the nodes, read from the database the config names. */
class ClusterCommandTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    static final PluginChecksum JOKES = new PluginChecksum("jokes", "1.0.0", "a".repeat(64));
    static final PluginChecksum HUSH = new PluginChecksum("hush", "1.0.0", "b".repeat(64));

    @TempDir
    Path home;

    private ClusterDatabase database;
    private Leadership leadership;

    record Run(int exitCode, String out, String err) {
    }

    @AfterEach
    void stop() {
        if (leadership != null) {
            leadership.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private Run cogbot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--home";
        all[args.length + 1] = home.toString();
        int code = CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    private void config(String... lines) throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.write(home.resolve("conf/cogbot.properties"), List.of(lines));
    }

    private DataSource clusterInConfig() throws IOException {
        database = ClusterDatabase.on(postgres);
        config("cluster.enabled=true", "jdbc-url=" + database.url());
        return database.newPool();
    }

    private static NodeInfo node(String id, String host, Set<Integer> shards, PluginChecksum... plugins) {
        return new NodeInfo(id, host, "0.1.0", new TreeSet<>(shards), List.of(plugins), Instant.now());
    }

    @Test
    void listsEachNodesHostVersionShardsPluginsAndHeartbeatWithTheLeaderMarked() throws IOException {
        DataSource pool = clusterInConfig();
        NodeRegistry registry = new NodeRegistry(pool, Duration.ofSeconds(15));
        registry.register(node("cogbot-0", "host-a", Set.of(0, 1, 2), JOKES, HUSH), Instant.now());
        registry.register(node("cogbot-1", "host-b", Set.of(3, 4, 5), JOKES), Instant.now());
        leadership = new Leadership(pool, "cogbot-0");
        leadership.tick(Instant.now());

        Run run = cogbot("cluster");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).satisfiesExactly(
                heading -> assertThat(heading).matches("NODE +HOST +VERSION +SHARDS +PLUGINS +HEARTBEAT"),
                first -> assertThat(first).matches("cogbot-0 \\* +host-a +0\\.1\\.0 +0-2 +2 +\\d+s ago"),
                second -> assertThat(second).matches("cogbot-1 +host-b +0\\.1\\.0 +3-5 +1 +\\d+s ago"),
                key -> assertThat(key).isEqualTo("* leader: syncs the slash commands and runs the cluster-wide loops"));
    }

    @Test
    void aNodeSilentForLongerThanTheLeaseIsListedAsGone() throws IOException {
        DataSource pool = clusterInConfig();
        new NodeRegistry(pool, Duration.ofSeconds(15))
                .register(node("cogbot-2", "host-c", Set.of(6)), Instant.now().minus(Duration.ofMinutes(10)));

        Run run = cogbot("cluster");

        assertThat(run.out().lines().toList()).last().asString()
                .matches("cogbot-2 +host-c +0\\.1\\.0 +6 +0 +gone, 10m ago");
    }

    @Test
    void withClusterModeOffItSaysHowToTurnItOn() throws IOException {
        config("jdbc-url=jdbc:postgresql://127.0.0.1:1/cogbot");

        Run run = cogbot("cluster");

        assertThat(run).isEqualTo(new Run(3, "", "cogbot: not in cluster mode: cluster.enabled is not true in "
                + home.resolve("conf/cogbot.properties") + "; set it and a PostgreSQL jdbc-url on every node to run a"
                + " cluster\n"));
    }

    @Test
    void clusterModeOnTheEmbeddedDatabaseIsAConfigError() throws IOException {
        config("cluster.enabled=true");

        Run run = cogbot("cluster");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("cogbot: setting cluster.enabled=true (from cluster.enabled in ")
                .contains("needs a PostgreSQL store that every node shares: set jdbc-url=jdbc:postgresql://HOST/DATABASE")
                .hasLineCount(1);
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingIt() throws IOException {
        config("cluster.enabled=true", "jdbc-url=jdbc:postgresql://127.0.0.1:1/cogbot?password=hunter2");

        Run run = cogbot("cluster");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("cogbot: cannot list the nodes in the cluster's database: ")
                .contains("127.0.0.1:1")
                .endsWith("; check that PostgreSQL runs and that jdbc-url points at it\n")
                .doesNotContain("hunter2")
                .hasLineCount(1);
    }

    @Test
    void aDatabaseNoNodeHasRunOnSaysSo() throws IOException {
        config("cluster.enabled=true", "jdbc-url=" + postgres.newDatabase());

        Run run = cogbot("cluster");

        assertThat(run).isEqualTo(new Run(4, "", "cogbot: no cluster node has run on this database yet: start one"
                + " with cluster.enabled=true\n"));
    }

    @Test
    void itsHelpListsItsExitCodes() {
        Run help = cogbot("cluster", "--help");

        assertThat(help.out()).contains("Exit codes:", "  3   Not in cluster mode", "  4   The cluster's database could not");
    }
}
