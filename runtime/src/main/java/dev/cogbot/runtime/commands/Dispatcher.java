package dev.cogbot.runtime.commands;

import dev.cogbot.api.Message;
import dev.cogbot.runtime.scheduling.RunningTasks;
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
    private final RunningTasks invocations;

    /**
     * @param runtimeBot  the runtime's own handle, used for messages that name no command
     * @param invocations counts invocations in flight, so a shutdown can let them finish
     */
    public Dispatcher(CommandRegistry registry, Supplier<String> prefix, HostedBot runtimeBot, RunningTasks invocations) {
        this.registry = registry;
        this.prefix = prefix;
        this.runtimeBot = runtimeBot;
        this.invocations = invocations;
    }

    /** Starts the command {@code message} invokes, if any; returns whether it was read as a command. */
    public boolean dispatch(Message message) {
        Optional<Invocation> read = read(message);
        if (read.isEmpty()) {
            return false;
        }
        Invocation invocation = read.get();
        HostedBot owner = invocation.owner();
        invocations.started();
        try {
            owner.lifetime().spawn("command " + invocation.commandName(), () -> {
                try {
                    invocation.run();
                } finally {
                    invocations.stopped();
                }
            });
        } catch (IllegalStateException pluginStopping) {
            invocations.stopped();
            log.debug("'{}' arrived while plugin {} was stopping; ignored", invocation.commandName(), owner.pluginId());
        }
        return true;
    }

    /** Runs {@code message}'s command on the calling thread; for benchmarks and tests of the pipeline itself. */
    public boolean dispatchInline(Message message) {
        Optional<Invocation> read = read(message);
        read.ifPresent(Invocation::run);
        return read.isPresent();
    }

    /** The invocation {@code message} asks for, owned by the command's plugin (the runtime's if no command matches). */
    private Optional<Invocation> read(Message message) {
        return ParsedCommand.parse(message.content(), prefix.get()).map(command -> {
            Optional<CommandDefinition> definition = registry.find(command.name());
            HostedBot owner = definition.map(d -> d.cog().bot()).orElse(runtimeBot);
            return new Invocation(registry, new InvocationContext(owner, message, command, definition.orElse(null)));
        });
    }
}
