package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the owners' chat commands reply. */
class PluginAdminCogTest {

    @Test
    void anOperationOnOneBotIsRepliedAsASentence() {
        PluginResult result = new PluginResult("jokes", new PluginOutcome.Unloaded("unloaded jokes"));

        assertThat(PluginAdminCog.reply(result)).isEqualTo("Unloaded jokes.");
    }

    @Test
    void anOperationAcrossAClusterIsRepliedWithOneLinePerNode() {
        PluginResult result = new PluginResult("jokes", new PluginOutcome.AcrossCluster(List.of(
                new NodeOutcome.Answered("cogbot-1", new PluginOutcome.Unloaded("unloaded jokes")),
                new NodeOutcome.Answered("cogbot-2", new PluginOutcome.Refused(new PluginProblem.NotLoaded("jokes"))),
                new NodeOutcome.Silent("cogbot-3", Duration.ofSeconds(10)))));

        assertThat(PluginAdminCog.reply(result)).isEqualTo("""
                Not done on every node:
                - node cogbot-1: unloaded jokes
                - node cogbot-2: plugin jokes is in the plugins folder but not loaded; load it first
                - node cogbot-3: did not answer within 10s; it applies the wanted state when it next heartbeats or rejoins""");
    }

    @Test
    void anOperationDoneOnEveryNodeSaysSo() {
        PluginResult result = new PluginResult("jokes", new PluginOutcome.AcrossCluster(List.of(
                new NodeOutcome.Answered("cogbot-1", new PluginOutcome.Loaded("loaded jokes 1.0.0")),
                new NodeOutcome.Answered("cogbot-2", new PluginOutcome.Loaded("loaded jokes 1.0.0")))));

        assertThat(PluginAdminCog.reply(result)).isEqualTo("""
                On every node that answered:
                - node cogbot-1: loaded jokes 1.0.0
                - node cogbot-2: loaded jokes 1.0.0""");
        assertThat(result.done()).isTrue();
    }

    @Test
    void anOperationTheOtherNodesWereNotAskedSaysSo() {
        PluginResult result = new PluginResult("jokes", new PluginOutcome.AcrossCluster(List.of(
                new NodeOutcome.Answered("cogbot-1", new PluginOutcome.Unloaded("unloaded jokes")),
                new NodeOutcome.NotAsked(new PluginProblem.ClusterUnreachable("unload jokes", "connection refused")))));

        assertThat(PluginAdminCog.reply(result)).isEqualTo("""
                Not done on every node:
                - node cogbot-1: unloaded jokes
                - the other nodes: not asked: could not tell the cluster to unload jokes (connection refused); ask again\
                 once PostgreSQL answers""");
        assertThat(result.done()).isFalse();
    }
}
