package dev.cogbot.runtime.cli;

import dev.cogbot.runtime.BotPaths;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the bot's files are, and overrides of its config. */
public final class RunOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "The bot's folder, holding plugins/, conf/ and data/ (default: the distribution's folder, or the current one).")
    Path home;

    @Option(names = "--plugins-dir", paramLabel = "DIR", description = "Where the plugin JARs are (default: HOME/plugins).")
    Path pluginsDir;

    @Option(names = "--config", paramLabel = "FILE", description = "The config file (default: HOME/conf/cogbot.properties).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the database lives (default: HOME/data).")
    Path dataDir;

    @Option(names = "--prefix", paramLabel = "TEXT", description = "What starts a command (default: ! or the config's prefix).")
    String prefix;

    @Option(names = "--dev", paramLabel = "PATH", arity = "1..*",
            description = {"Dev mode: watch these plugin builds and reload each about a second after it is built, keeping the bot",
                    "and its store running. PATH is a plugin project folder (its JAR in target/), a plugin JAR, or a classes",
                    "folder (target/classes). Each build is copied into the plugins folder as ID-dev.jar while the bot runs."})
    java.util.List<Path> dev = new java.util.ArrayList<>();

    @Option(names = "--wait-for-timers",
            description = {"When piped input ends, wait until the plugins' scheduled work (schedule, durable timers) has run",
                    "before stopping; loops are not waited for."})
    boolean waitForTimers;

    BotPaths paths() {
        Path base = home != null ? home : Path.of(System.getProperty("cogbot.home", "."));
        BotPaths defaults = BotPaths.under(base.toAbsolutePath().normalize());
        return new BotPaths(
                pluginsDir != null ? pluginsDir : defaults.pluginsDir(),
                configFile != null ? configFile : defaults.configFile(),
                dataDir != null ? dataDir : defaults.dataDir());
    }
}
