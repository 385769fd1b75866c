package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.plugins.PluginCatalogue;
import dev.cogbot.runtime.plugins.PluginFolder;
import dev.cogbot.runtime.plugins.PluginJar;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.util.List;

/**
 * The plugins folder and the list of plugins an owner unloaded, as {@code cogbot load} and
 * {@code unload} see them while no bot runs: they record what the next start should do, checked
 * the way the running bot checks a request.
 */
final class OfflinePlugins {

    private final PluginFolder folder;
    private final WantedPlugins wanted;

    OfflinePlugins(BotPaths paths) {
        this.folder = new PluginFolder(paths.pluginsDir());
        this.wanted = WantedPlugins.in(paths.dataDir());
    }

    WantedPlugins wanted() {
        return wanted;
    }

    /**
     * The id of the plugin {@code given} names: a plugin id, or the name of a JAR file in the folder.
     *
     * @throws PluginOperationException if it is a path, or names nothing there
     */
    String idToLoad(String given) {
        String name = PluginFolder.requireBareName(given);
        if (wanted.isUnloaded(name)) {
            return name;
        }
        return folder.locate(name).id();
    }

    /** {@code id} if a JAR in the folder has it or it is held back; else refused as no such plugin. */
    String requireKnown(String id) {
        String name = id.strip();
        if (wanted.isUnloaded(name) || jars().stream().anyMatch(j -> j.id().equals(name))) {
            return name;
        }
        throw new PluginOperationException(new PluginProblem.NoSuchPlugin(name));
    }

    /** The plugins in the folder, not held back, that need {@code id}, directly or not; the nearest first. */
    List<String> dependantsOf(String id) {
        return PluginCatalogue.dependantsOf(id, jars().stream().filter(j -> !wanted.isUnloaded(j.id()))
                .map(PluginJar::descriptor).toList());
    }

    /** The readable plugin JARs in the folder; unreadable ones are the running bot's to report. */
    List<PluginJar> jars() {
        return folder.readable((file, problem) -> { });
    }
}
