package dev.cogbot.runtime.commands;

import dev.cogbot.api.Cog;

/**
 * A loaded cog: the instance, the plugin's handle, and whether its commands are the runtime's own
 * administration commands, which no plugin's bot-wide check may block.
 */
public record CogBinding(Cog cog, HostedBot bot, boolean system) {

    public String pluginId() {
        return bot.pluginId();
    }

    public String name() {
        return cog.name();
    }
}
