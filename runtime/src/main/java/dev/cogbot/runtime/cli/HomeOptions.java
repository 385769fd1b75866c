package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which bot a management command means: the one whose data folder (and plugins folder) these are. */
public final class HomeOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "The bot's folder, holding plugins/, conf/ and data/ (default: the distribution's folder, or the current one).")
    Path home;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Where the plugin JARs are (default: HOME/plugins).")
    Path pluginsDir;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The bot's data folder, where its control socket is (default: HOME/data).")
    Path dataDir;

    /** The paths, as {@code cogbot run} with the same options (or those given before the subcommand) sees them. */
    BotPaths paths(RunOptions outer) {
        RunOptions merged = new RunOptions();
        merged.home = home != null ? home : outer == null ? null : outer.home;
        merged.pluginsDir = pluginsDir != null ? pluginsDir : outer == null ? null : outer.pluginsDir;
        merged.dataDir = dataDir != null ? dataDir : outer == null ? null : outer.dataDir;
        return merged.paths();
    }
}
