package dev.cogbot.runtime.cluster;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a node says about itself when it registers.
 *
 * <pre>{@code
 * NodeInfo me = new NodeInfo("cogbot-1", "host-a", RuntimeVersion.version(), new TreeSet<>(Set.of(0, 1)),
 *         List.of(PluginChecksum.of("jokes", "1.0.0", jokesJar)), scheduler.now());
 * }</pre>
 *
 * @param shards  the Discord shards it runs; none for a console bot, or before it has any
 * @param plugins the plugins it runs, by id
 */
public record NodeInfo(String nodeId, String host, String version, SortedSet<Integer> shards, List<PluginChecksum> plugins,
        Instant startedAt) {

    public NodeInfo {
        shards = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(shards));
        plugins = plugins.stream().sorted(Comparator.comparing(PluginChecksum::id)).toList();
    }

    /** This process as it starts: on this host, no shards or plugins yet (they are recorded as they come). */
    public static NodeInfo starting(String nodeId, String version, Instant startedAt) {
        return new NodeInfo(nodeId, HostName.local(), version, new TreeSet<>(), List.of(), startedAt);
    }
}
