package dev.cogbot.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.cluster.ListedNode;
import dev.cogbot.runtime.cluster.NodeRegistry;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.operations.OperationsClient;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.runtime.transport.ReadyAtOnceTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** A whole bot with cluster.enabled=true on PostgreSQL is a node of its cluster while it runs. */
class CogbotAppClusterTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @TempDir
    Path home;

    private final ManualTime time = new ManualTime();

    private CogbotApp start(BotConfig config) {
        return CogbotApp.start(BotPaths.under(home), config, time, ReadyAtOnceTransport::new);
    }

    private static List<ListedNode> nodes(String url, ManualTime time) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        return new NodeRegistry(database, Duration.ofSeconds(15)).nodes(time.now());
    }

    @Test
    void aBotInClusterModeIsListedAsALeadingNodeWhileItRunsAndLeavesWhenItStops() throws Exception {
        Files.createDirectories(home.resolve("plugins"));
        String url = postgres.newDatabase();
        BotConfig config = BotConfig.of(Map.of("jdbc-url", url, "cluster.enabled", "true", "cluster.node-id", "app-1"));

        try (CogbotApp app = start(config)) {
            time.advance(Duration.ofSeconds(5));

            assertThat(nodes(url, time)).singleElement().satisfies(node -> {
                assertThat(node.nodeId()).isEqualTo("app-1");
                assertThat(node.leader()).isTrue();
                assertThat(node.info().version()).isEqualTo(RuntimeVersion.version());
            });
            assertThat(app.runtime().options().leader().isLeader()).isTrue();
        }
        assertThat(nodes(url, time)).isEmpty();
    }

    @Test
    void metricsShowTheStorePoolAndTheClusterPool() throws Exception {
        Files.createDirectories(home.resolve("plugins"));
        BotConfig config = BotConfig.of(Map.of("jdbc-url", postgres.newDatabase(), "cluster.enabled", "true",
                "cluster.node-id", "app-1", "operations.port", "0"));

        try (CogbotApp app = start(config)) {
            String metrics = new OperationsClient(app.operationsAddress().orElseThrow()).get("/metrics").body();

            assertThat(metrics)
                    .contains("hikaricp_connections_max{pool=\"cogbot-store\"} 10.0")
                    .contains("hikaricp_connections_max{pool=\"cogbot-cluster\"} 20.0")
                    .contains("hikaricp_connections_active{pool=\"cogbot-cluster\"}");
        }
    }

    @Test
    void clusterModeOnTheEmbeddedDatabaseStopsTheStartWithAConfigError() {
        BotConfig config = BotConfig.of(Map.of("cluster.enabled", "true"));

        assertThatThrownBy(() -> start(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("needs a PostgreSQL store that every node shares");
        assertThat(home.resolve("data/cogbot.mv.db")).doesNotExist();
    }

}
