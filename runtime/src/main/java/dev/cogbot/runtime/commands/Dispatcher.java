package dev.cogbot.runtime.commands;

import dev.cogbot.api.Message;
import dev.cogbot.runtime.scheduling.Activity;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns messages into invocations. Each invocation runs on its own virtual thread, owned by the
 * command's plugin, so one command sleeping or waiting never delays another, and unloading the
 * plugin can stop it.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final CommandRegistry registry;
    private final Supplier<String> prefix;
    private final HostedBot runtimeBot;
    private final Activity invocations;

    /**
     * @param runtimeBot  the runtime's own handle, used for messages that name no command
     * @param invocations counts invocations in flight, so a shutdown can let them finish
     */
    public Dispatcher(CommandRegistry registry, Supplier<String> prefix, HostedBot runtimeBot, Activity invocations) {
        this.registry = registry;
        this.prefix = prefix;
        this.runtimeBot = runtimeBot;
        this.invocations = invocations;
    }

    /** Starts the command {@code message} invokes, if any; returns whether it was read as a command. */
    public boolean dispatch(Message message) {
        Optional<ParsedCommand> parsed = ParsedCommand.parse(message.content(), prefix.get());
        if (parsed.isEmpty()) {
            return false;
        }
        ParsedCommand command = parsed.get();
        Optional<CommandDefinition> definition = registry.find(command.name());
        HostedBot owner = definition.map(d -> d.cog().bot()).orElse(runtimeBot);
        InvocationContext ctx = new InvocationContext(owner, message, command, definition.orElse(null));
        Invocation invocation = new Invocation(registry, ctx);
        invocations.started();
        try {
            owner.lifetime().spawn("command " + command.name(), () -> {
                try {
                    invocation.run();
                } finally {
                    invocations.stopped();
                }
            });
        } catch (IllegalStateException pluginStopping) {
            invocations.stopped();
            log.debug("'{}' arrived while plugin {} was stopping; ignored", command.name(), owner.pluginId());
        }
        return true;
    }

    /** Runs {@code message}'s command on the calling thread; for benchmarks and tests of the pipeline itself. */
    public boolean dispatchInline(Message message) {
        Optional<ParsedCommand> parsed = ParsedCommand.parse(message.content(), prefix.get());
        if (parsed.isEmpty()) {
            return false;
        }
        Optional<CommandDefinition> definition = registry.find(parsed.get().name());
        HostedBot owner = definition.map(d -> d.cog().bot()).orElse(runtimeBot);
        new Invocation(registry, new InvocationContext(owner, message, parsed.get(), definition.orElse(null))).run();
        return true;
    }
}
