package dev.cogbot.runtime;

import java.nio.file.Path;

/**
 * Where a bot keeps its things.
 *
 * @param pluginsDir the plugin JARs
 * @param configFile the bot's properties file (may be missing: defaults apply)
 * @param dataDir    the database and other state
 */
public record BotPaths(Path pluginsDir, Path configFile, Path dataDir) {

    /** The layout of the distribution: {@code plugins/}, {@code conf/cogbot.properties}, {@code data/} under {@code home}. */
    public static BotPaths under(Path home) {
        return new BotPaths(home.resolve("plugins"), home.resolve("conf").resolve("cogbot.properties"), home.resolve("data"));
    }
}
