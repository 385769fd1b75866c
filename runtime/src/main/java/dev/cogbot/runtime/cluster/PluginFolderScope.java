package dev.cogbot.runtime.cluster;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.util.Locale;

/**
 * What a JAR dropped into, replaced in or deleted from a node's plugins folder does in a cluster
 * (setting {@value #KEY}): {@link #NODE}, the default, loads, reloads or unloads it on that node
 * only; {@link #CLUSTER} asks every node to, as {@code cogbot load|reload} would (a deleted JAR is
 * unloaded on that node only either way: the others still have theirs).
 *
 * <pre>{@code
 * PluginAdmin forTheFolder = PluginFolderScope.from(config) == PluginFolderScope.CLUSTER ? cluster : cluster.local();
 * }</pre>
 */
public enum PluginFolderScope {
    NODE, CLUSTER;

    public static final String KEY = "cluster.plugin-folder";

    /**
     * The scope {@code config} sets; {@link #NODE} when it sets none.
     *
     * @throws ConfigException naming the setting and the values it takes, for any other value
     */
    public static PluginFolderScope from(BotConfig config) {
        return config.get(KEY).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "node" -> NODE;
            case "cluster" -> CLUSTER;
            default -> throw new ConfigException("setting " + KEY + " (from " + config.source(KEY) + ") must be node"
                    + " (a JAR changed in a node's plugins folder is loaded on that node) or cluster (on every node),"
                    + " got '" + value + "'");
        }).orElse(NODE);
    }
}
