package dev.cogbot.runtime.bot;

import dev.cogbot.runtime.cluster.Leader;
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
 * @param leader      whether this process leads its cluster: it then syncs the slash commands and
 *                    runs the cluster-wide loops; {@link Leader#ALONE} for a process on its own
 */
public record RuntimeOptions(String prefix, Set<String> owners, Duration unloadGrace, Function<String, PluginSettings> settings,
                             CommandLimits limits, SlashSettings slash, Leader leader) {

    public RuntimeOptions {
        owners = Set.copyOf(owners);
    }

    /**
     * The defaults: prefix {@code !}, no extra owners, five seconds' grace, no settings,
     * {@link CommandLimits#DEFAULTS}, slash commands registered globally, a process on its own.
     */
    public static RuntimeOptions defaults() {
        return new RuntimeOptions("!", Set.of(), Duration.ofSeconds(5), BotConfig.empty()::forPlugin,
                CommandLimits.DEFAULTS, SlashSettings.DEFAULT, Leader.ALONE);
    }

    public RuntimeOptions withPrefix(String newPrefix) {
        return new RuntimeOptions(newPrefix, owners, unloadGrace, settings, limits, slash, leader);
    }

    public RuntimeOptions withOwners(Set<String> newOwners) {
        return new RuntimeOptions(prefix, newOwners, unloadGrace, settings, limits, slash, leader);
    }

    public RuntimeOptions withSettings(Function<String, PluginSettings> newSettings) {
        return new RuntimeOptions(prefix, owners, unloadGrace, newSettings, limits, slash, leader);
    }

    public RuntimeOptions withUnloadGrace(Duration grace) {
        return new RuntimeOptions(prefix, owners, grace, settings, limits, slash, leader);
    }

    public RuntimeOptions withLimits(CommandLimits newLimits) {
        return new RuntimeOptions(prefix, owners, unloadGrace, settings, newLimits, slash, leader);
    }

    /** As a node of a cluster: {@code newLeader} says when this process leads it. */
    public RuntimeOptions withLeader(Leader newLeader) {
        return new RuntimeOptions(prefix, owners, unloadGrace, settings, limits, slash, newLeader);
    }

    public RuntimeOptions withSlash(SlashSettings newSlash) {
        return new RuntimeOptions(prefix, owners, unloadGrace, settings, limits, newSlash, leader);
    }
}
