package dev.cogbot.runtime.bot;

import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.settings.DeclaredSettings;
import java.util.List;

/**
 * A plugin's cogs as installed in a running bot.
 *
 * @param pluginId  the plugin's id
 * @param cogs      its cogs, in load order
 * @param commands  their commands
 * @param lifetime  everything the plugin has running
 * @param settings  the settings its cogs declare
 */
public record LoadedPlugin(String pluginId, List<CogBinding> cogs, List<CommandDefinition> commands, Lifetime lifetime,
                           DeclaredSettings settings) {
}
