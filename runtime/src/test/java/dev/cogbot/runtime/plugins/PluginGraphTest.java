package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.junit.jupiter.api.Test;

/** Who needs whom, as PF4J's resolver reads the descriptors. */
class PluginGraphTest {

    private static PluginDescriptor plugin(String id, String... dependencies) {
        DefaultPluginDescriptor descriptor = new DefaultPluginDescriptor(id, "", "", "1.0.0", "*", "", "");
        for (String dependency : dependencies) {
            descriptor.addDependency(new PluginDependency(dependency));
        }
        return descriptor;
    }

    @Test
    void dependantsAreFoundThroughOthersNearestFirst() {
        PluginGraph graph = PluginGraph.of(List.of(plugin("base"), plugin("middle", "base"), plugin("top", "middle")));

        assertThat(graph.dependantsOf("base")).containsExactly("middle", "top");
    }

    @Test
    void aPluginNobodyNeedsHasNoDependants() {
        PluginGraph graph = PluginGraph.of(List.of(plugin("base"), plugin("alone")));

        assertThat(graph.dependantsOf("alone")).isEmpty();
    }

    @Test
    void anOptionalDependencyThatIsThereCountsAsOne() {
        PluginGraph graph = PluginGraph.of(List.of(plugin("base"), plugin("addon", "base?")));

        assertThat(graph.dependantsOf("base")).containsExactly("addon");
    }

    @Test
    void missingDependenciesAreTheRequiredOnesOutsideTheGraph() {
        PluginGraph graph = PluginGraph.of(List.of(plugin("base")));

        assertThat(graph.missingFor(plugin("addon", "base", "other", "nice?"))).containsExactly("other");
    }

    @Test
    void aCycleStillHasItsDependants() {
        PluginGraph graph = PluginGraph.of(List.of(plugin("a", "b"), plugin("b", "a")));

        assertThat(graph.dependantsOf("a")).containsExactly("b");
    }
}
