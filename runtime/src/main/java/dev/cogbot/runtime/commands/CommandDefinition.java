package dev.cogbot.runtime.commands;

import dev.cogbot.api.Check;
import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.Hook;
import java.util.List;
import java.util.Optional;

/**
 * A command ready to run: what help shows, where it comes from, how to call it, and what is
 * attached to it. Its cooldown counts and concurrency turns live here, so they go with the command
 * when its plugin is unloaded.
 *
 * @param slash where it is served as a slash command; empty for a prefix-only one ({@code @Slash(false)})
 */
public record CommandDefinition(
        CommandInfo info,
        boolean hidden,
        boolean ignoreExtra,
        CogBinding cog,
        MethodInvoker invoker,
        List<ArgumentSpec> arguments,
        List<Check> checks,
        List<Hook> beforeHooks,
        List<Hook> afterHooks,
        List<ErrorHandler> errorHandlers,
        Optional<CommandCooldown> cooldown,
        Optional<CommandConcurrency> concurrency,
        ResolvedConverters converters,
        Optional<SlashName> slash) {

    public String name() {
        return info.name();
    }

    /** The name and aliases, each of which invokes the command. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(info.name()), info.aliases().stream()).toList();
    }
}
