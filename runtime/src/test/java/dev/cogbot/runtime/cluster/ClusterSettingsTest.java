package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cluster settings: on only with PostgreSQL, and every bad value one line saying what to do. */
class ClusterSettingsTest {

    static final String POSTGRES = "jdbc:postgresql://db.example/cogbot";
    static final String H2 = "jdbc:h2:file:/srv/cogbot/data/cogbot";

    private static BotConfig config(String... keysAndValues) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return BotConfig.of(values);
    }

    @Test
    void clusterModeIsOffUnlessEnabled() {
        assertThat(ClusterSettings.from(config(), POSTGRES)).isEmpty();
    }

    @Test
    void enabledOnPostgresTheDefaultsAreAFiveSecondHeartbeatAndAFifteenSecondLease() {
        ClusterSettings settings = ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "cogbot-2"),
                POSTGRES).orElseThrow();

        assertThat(settings).isEqualTo(new ClusterSettings("cogbot-2", Duration.ofSeconds(5), Duration.ofSeconds(15)));
    }

    @Test
    void theNodeIdIsTheHostNameUnlessSet() {
        ClusterSettings settings = ClusterSettings.from(config("cluster.enabled", "true"), POSTGRES).orElseThrow();

        assertThat(settings.nodeId()).isNotBlank();
    }

    @Test
    void heartbeatAndLeaseAreDurations() {
        ClusterSettings settings = ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "a",
                "cluster.heartbeat", "2s", "cluster.lease", "1m"), POSTGRES).orElseThrow();

        assertThat(settings.heartbeat()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void enabledWithTheEmbeddedDatabaseIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.from(config("cluster.enabled", "true"), H2))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting cluster.enabled=true (from cluster.enabled in the bot's settings) needs a PostgreSQL"
                        + " store that every node shares: set jdbc-url=jdbc:postgresql://HOST/DATABASE, or set"
                        + " cluster.enabled=false to run one process on the embedded database");
    }

    @Test
    void enabledMustBeTrueOrFalse() {
        assertThatThrownBy(() -> ClusterSettings.from(config("cluster.enabled", "yes"), POSTGRES))
                .hasMessage("setting cluster.enabled (from cluster.enabled in the bot's settings) must be true or false,"
                        + " got 'yes'");
    }

    @Test
    void aNodeIdWithSpacesIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "my node"),
                POSTGRES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("setting cluster.node-id (from cluster.node-id in the bot's settings) must be 1 to"
                        + " 63 letters, digits, dots, dashes or underscores")
                .hasMessageEndingWith("got 'my node'; set it to a name such as cogbot-1");
    }

    @Test
    void aHeartbeatThatIsNotADurationIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "a",
                "cluster.heartbeat", "often"), POSTGRES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("setting cluster.heartbeat (from cluster.heartbeat in the bot's settings): ");
    }

    @Test
    void aLeaseNoLongerThanTwiceTheStoreConnectionTimeoutIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "a",
                "cluster.heartbeat", "1s", "cluster.lease", "3s"), POSTGRES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting cluster.lease (from cluster.lease in the bot's settings, 3000ms) must be longer"
                        + " than twice store.connection-timeout (5000ms), which a lease renewal may wait for a"
                        + " connection; lengthen cluster.lease or shorten store.connection-timeout");
    }

    @Test
    void aShortLeaseGoesWithAShortStoreConnectionTimeout() {
        assertThat(ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "a",
                "cluster.heartbeat", "1s", "cluster.lease", "3s", "store.connection-timeout", "1s"), POSTGRES))
                .hasValueSatisfying(settings -> assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void aLeaseNoLongerThanTheHeartbeatIsRefused() {
        assertThatThrownBy(() -> ClusterSettings.from(config("cluster.enabled", "true", "cluster.node-id", "a",
                "cluster.heartbeat", "10s", "cluster.lease", "10s"), POSTGRES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting cluster.lease (from cluster.lease in the bot's settings, 10s) must be longer than"
                        + " cluster.heartbeat (10s); make it about three heartbeats, so one late heartbeat does not drop"
                        + " a node");
    }
}
