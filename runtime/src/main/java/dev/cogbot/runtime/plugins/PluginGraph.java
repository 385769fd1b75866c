package dev.cogbot.runtime.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.DefaultVersionManager;
import org.pf4j.DependencyResolver;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;

/**
 * Which plugins need which, among a set of descriptors, as PF4J's own {@link DependencyResolver}
 * reads them. The one place that answers "who depends on this?", for the running bot and for the
 * command line alike.
 *
 * <pre>{@code
 * PluginGraph graph = PluginGraph.of(List.of(base.descriptor(), addon.descriptor()));
 * graph.dependantsOf("base"); // [addon]
 * }</pre>
 */
public final class PluginGraph {

    private final Map<String, PluginDescriptor> byId = new LinkedHashMap<>();
    private final DependencyResolver resolver = new DependencyResolver(new DefaultVersionManager());

    private PluginGraph(Collection<PluginDescriptor> descriptors) {
        descriptors.forEach(d -> byId.put(d.getPluginId(), d));
        try {
            resolver.resolve(List.copyOf(byId.values()));
        } catch (RuntimeException badVersionRange) {
            // PF4J builds its graph before it checks versions: the graph stands, and a load reports the range
        }
    }

    /** The graph of these plugins; a dependency outside them counts as missing. */
    public static PluginGraph of(Collection<PluginDescriptor> descriptors) {
        return new PluginGraph(descriptors);
    }

    /** The plugins of the graph that need {@code pluginId}, directly or not; the nearest first. */
    public List<String> dependantsOf(String pluginId) {
        List<String> found = new ArrayList<>();
        collect(pluginId, found);
        return found;
    }

    private void collect(String pluginId, List<String> found) {
        for (String dependant : resolver.getDependents(pluginId)) {
            if (byId.containsKey(dependant) && !found.contains(dependant)) {
                found.add(dependant);
                collect(dependant, found);
            }
        }
    }

    /** The required (not optional) dependencies of {@code descriptor} that are not in the graph. */
    public List<String> missingFor(PluginDescriptor descriptor) {
        return descriptor.getDependencies().stream()
                .filter(d -> !d.isOptional())
                .map(PluginDependency::getPluginId)
                .filter(id -> !byId.containsKey(id))
                .toList();
    }

    /** Whether {@code pluginId} is in the graph. */
    public boolean contains(String pluginId) {
        return byId.containsKey(pluginId);
    }
}
