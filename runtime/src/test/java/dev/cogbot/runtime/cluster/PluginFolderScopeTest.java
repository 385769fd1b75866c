package dev.cogbot.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Setting cluster.plugin-folder: what a change in one node's plugins folder does. */
class PluginFolderScopeTest {

    @Test
    void theFolderActsOnItsOwnNodeUnlessTheSettingSaysOtherwise() {
        assertThat(PluginFolderScope.from(BotConfig.of(Map.of()))).isEqualTo(PluginFolderScope.NODE);
    }

    @Test
    void clusterMakesTheFolderActOnEveryNode() {
        assertThat(PluginFolderScope.from(BotConfig.of(Map.of("cluster.plugin-folder", "cluster"))))
                .isEqualTo(PluginFolderScope.CLUSTER);
    }

    @Test
    void anyOtherValueIsAOneLineConfigErrorNamingTheValuesItTakes() {
        assertThatThrownBy(() -> PluginFolderScope.from(BotConfig.of(Map.of("cluster.plugin-folder", "everywhere"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("setting cluster.plugin-folder (from ")
                .hasMessageContaining("must be node")
                .hasMessageContaining("or cluster (on every node), got 'everywhere'")
                .hasMessageNotContaining("\n");
    }
}
