package dev.cogbot.runtime.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.DefaultPluginDescriptor;
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
            resolver.resolve(byId.values().stream().map(this::linked).toList());
        } catch (RuntimeException badVersionRange) {
            // PF4J builds its graph before it checks versions: the graph stands, and a load reports the range
        }
    }

    /** The graph of these plugins; a dependency outside them counts as missing. */
    public static PluginGraph of(Collection<PluginDescriptor> descriptors) {
        return new PluginGraph(descriptors);
    }

    /**
     * {@code descriptor} with its optional dependencies on plugins of the graph made plain ones: PF4J
     * leaves optional ones out of its graph, but a plugin whose optional dependency runs has its
     * classes linked to it, so it has to go when that does.
     */
    private PluginDescriptor linked(PluginDescriptor descriptor) {
        if (descriptor.getDependencies().stream().noneMatch(d -> d.isOptional() && byId.containsKey(d.getPluginId()))) {
            return descriptor;
        }
        DefaultPluginDescriptor copy = new DefaultPluginDescriptor(descriptor.getPluginId(),
                descriptor.getPluginDescription(), descriptor.getPluginClass(), descriptor.getVersion(),
                descriptor.getRequires(), descriptor.getProvider(), descriptor.getLicense());
        for (PluginDependency dependency : descriptor.getDependencies()) {
            copy.addDependency(dependency.isOptional() && byId.containsKey(dependency.getPluginId())
                    ? new PluginDependency(dependency.getPluginId() + "@" + dependency.getPluginVersionSupport())
                    : dependency);
        }
        return copy;
    }

    /** The plugins of the graph that need {@code pluginId}, directly or not; the nearest first. */
    public List<String> dependantsOf(String pluginId) {
        List<String> found = new ArrayList<>();
        collect(pluginId, found);
        found.remove(pluginId); // through a cycle, a plugin would be its own dependant
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
}
