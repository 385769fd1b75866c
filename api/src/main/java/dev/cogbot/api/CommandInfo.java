package dev.cogbot.api;

import java.util.List;

/**
 * What {@code help} knows about a command.
 *
 * @param name    the command's name
 * @param aliases other names it answers to
 * @param usage   its arguments, e.g. {@code "[duration]"}
 * @param help    one paragraph of help text
 * @param cog     the cog it belongs to
 * @param plugin  the plugin it comes from ({@code "cogbot"} for built-in commands)
 */
public record CommandInfo(String name, List<String> aliases, String usage, String help, String cog, String plugin) {
    public CommandInfo {
        aliases = List.copyOf(aliases);
    }

    /** How to call it, e.g. {@code "!hush [duration]"}. */
    public String signature(String prefix) {
        return usage.isBlank() ? prefix + name : prefix + name + " " + usage;
    }
}
