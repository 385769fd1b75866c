package dev.cogbot.runtime.bot;

import dev.cogbot.runtime.commands.CommandLimits;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.PluginSettings;
import dev.cogbot.runtime.slash.SlashSettings;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

/**
 * How a {@link BotRuntime} behaves.
 *
 * @param prefix      what starts a command, e.g. {@code "!"}
 * @param owners      user ids allowed to run owner-only commands, beside those the transport names
 * @param unloadGrace how long an unloading plugin's {@code onUnload} callbacks get, all together, and
 *                    then, once more, its interrupted threads: an unload takes at most about twice this
 * @param settings    each plugin's settings, by plugin id
 * @param limits      how many commands one member may have going at once
 * @param slash       whether and where slash commands are registered
 */
public record RuntimeOptions(String prefix, Set<String> owners, Duration unloadGrace, Function<String, PluginSettings> settings,
                             CommandLimits limits, SlashSettings slash) {

    public RuntimeOptions {
        owners = Set.copyOf(owners);
    }

    /**
     * The defaults: prefix {@code !}, no extra owners, five seconds' grace, no settings,
     * {@link CommandLimits#DEFAULTS}, slash commands registered globally.
     */
    public static RuntimeOptions defaults() {
        return new RuntimeOptions("!", Set.of(), Duration.ofSeconds(5), BotConfig.empty()::forPlugin,
                CommandLimits.DEFAULTS, SlashSettings.DEFAULT);
    }

    public RuntimeOptions withPrefix(String newPrefix) {
        return new RuntimeOptions(newPrefix, owners, unloadGrace, settings, limits, slash);
    }

    public RuntimeOptions withOwners(Set<String> newOwners) {
        return new RuntimeOptions(prefix, newOwners, unloadGrace, settings, limits, slash);
    }

    public RuntimeOptions withSettings(Function<String, PluginSettings> newSettings) {
        return new RuntimeOptions(prefix, owners, unloadGrace, newSettings, limits, slash);
    }

    public RuntimeOptions withUnloadGrace(Duration grace) {
        return new RuntimeOptions(prefix, owners, grace, settings, limits, slash);
    }

    public RuntimeOptions withLimits(CommandLimits newLimits) {
        return new RuntimeOptions(prefix, owners, unloadGrace, settings, newLimits, slash);
    }

    public RuntimeOptions withSlash(SlashSettings newSlash) {
        return new RuntimeOptions(prefix, owners, unloadGrace, settings, limits, newSlash);
    }
}
