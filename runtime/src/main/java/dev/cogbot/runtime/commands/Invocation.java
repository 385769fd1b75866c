package dev.cogbot.runtime.commands;

import dev.cogbot.api.Check;
import dev.cogbot.api.Cog;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.Hook;
import dev.cogbot.api.error.CheckDeclined;
import dev.cogbot.api.error.CheckFailure;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.api.error.CommandNotFound;
import dev.cogbot.runtime.scheduling.Lifetime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one command, in discord.py's order: checks (bot-wide, cog, command), a turn under the
 * command's max concurrency, argument conversion, a use of its cooldown, before-hooks (command, cog,
 * bot), the command, after-hooks (command, cog, bot; even when the command failed), and on error the
 * handler chain (command, cog, bot-wide, fallback). The concurrency turn is given back once the
 * after-hooks ran, before the error handlers: a handler that waits must not hold up the next run.
 */
final class Invocation {

    private static final Logger log = LoggerFactory.getLogger(Invocation.class);

    private final CommandRegistry registry;
    private final InvocationContext ctx;
    private final CommandObserver observer;

    Invocation(CommandRegistry registry, InvocationContext ctx, CommandObserver observer) {
        this.registry = registry;
        this.ctx = ctx;
        this.observer = observer;
    }

    HostedBot owner() {
        return ctx.owner();
    }

    /** Whether the message names a command at all (if not, this invocation answers a typo). */
    boolean namesACommand() {
        return ctx.definition() != null;
    }

    /** The command's name as the user typed it. */
    String commandName() {
        return ctx.invokedWith();
    }

    /** Tells its answers that it is over (ended, never ran, or dropped): see {@link Answers#finished}. */
    void ended() {
        try {
            ctx.answers().finished(ctx.commandFailed());
        } catch (RuntimeException e) {
            log.warn("Could not acknowledge {}{}", ctx.prefix(), ctx.invokedWith(), e);
        }
    }

    void run() {
        long started = System.nanoTime();
        try {
            runCommand();
        } finally {
            CommandDefinition command = ctx.definition();
            if (command != null) {
                observed(command, Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /** Tells the observer; a broken observer must not turn a command's success into a failure. */
    private void observed(CommandDefinition command, Duration took) {
        try {
            observer.ran(command.cog().bot().pluginId(), command.name(), took, ctx.commandFailed());
        } catch (RuntimeException e) {
            log.warn("Could not record the run of {}{}", ctx.prefix(), command.name(), e);
        }
    }

    private void runCommand() {
        CommandDefinition command = ctx.definition();
        try {
            if (command == null) {
                checkBeforeAnsweringATypo();
                throw new CommandNotFound(ctx.invokedWith(), registry.suggest(ctx.invokedWith()));
            }
            runChecks(command);
            try (CommandConcurrency.Turn turn = takeTurn(command)) {
                Object[] arguments = convertArguments(command);
                command.cooldown().ifPresent(cooldown -> cooldown.use(ctx));
                runHooks(command.beforeHooks(), command.cog().cog()::cogBeforeInvoke, botWide(command, registry.beforeHooks()));
                try {
                    CogScanner.call(command.invoker(), command.cog().cog(), arguments);
                } catch (RuntimeException | Error e) {
                    ctx.markFailed();
                    throw e;
                } finally {
                    runAfterHooks(command);
                }
            }
        } catch (CommandError error) {
            ctx.markFailed();
            handle(error);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError unexpected) {
            // a plugin's bug (a class its JAR lacks, say) is that command's failure, not the bot's
            ctx.markFailed();
            handle(new CommandInvokeError(unexpected));
        }
    }

    /**
     * A hushed bot stays quiet even about typos, so bot-wide checks apply to unknown commands too. A
     * check that breaks there (most likely on {@code ctx.command()} being null) must not turn a typo
     * into an error report, so it is logged and counts as passed. A check that refuses with a reason
     * ({@code Checks.hasPermissions}, say) is silent there: "You need Manage Messages to use !hlep"
     * would answer a command that does not exist; no reply is what its refusal means for a typo.
     */
    private void checkBeforeAnsweringATypo() {
        try {
            runBotChecks(null);
        } catch (CommandInvokeError broken) {
            log.warn("A bot-wide check failed on '{}{}', which names no command (ctx.command() is null there)",
                    ctx.prefix(), ctx.invokedWith(), broken.getCause());
        } catch (CheckFailure refused) {
            if (refused instanceof CheckDeclined) {
                throw refused;
            }
            throw new CheckDeclined("a bot-wide check (" + refused.getClass().getSimpleName() + ")",
                    "a bot-wide check refused " + ctx.prefix() + ctx.invokedWith() + ", which names no command ("
                            + refused.getMessage() + "); no reply to a typo");
        }
    }

    private void runChecks(CommandDefinition command) {
        runBotChecks(command);
        Cog cog = command.cog().cog();
        if (!test(cog::cogCheck)) {
            throw declined(cog.getClass().getSimpleName() + ".cogCheck");
        }
        for (Check check : command.checks()) {
            if (!test(check)) {
                throw declined(check.toString());
            }
        }
    }

    private void runBotChecks(CommandDefinition command) {
        if (command != null && command.cog().system()) {
            return;
        }
        for (CogBinding binding : registry.cogs()) {
            if (!binding.system() && !test(binding.cog()::botCheck)) {
                throw declined(binding.cog().getClass().getSimpleName() + ".botCheck of plugin " + binding.pluginId());
            }
        }
        for (Check check : registry.checks()) {
            if (!test(check)) {
                throw declined(check.toString());
            }
        }
    }

    private CheckDeclined declined(String check) {
        return new CheckDeclined(check, check + " said no to " + ctx.prefix() + ctx.invokedWith());
    }

    /** A turn under the command's max concurrency, waited for on the plugin's clock; nothing to give back without one. */
    private CommandConcurrency.Turn takeTurn(CommandDefinition command) {
        if (command.concurrency().isEmpty()) {
            return NO_TURN;
        }
        Lifetime lifetime = ctx.owner().lifetime();
        CommandConcurrency.Turn turn = command.concurrency().get().take(ctx, lifetime.scheduler());
        if (lifetime.isClosed()) {
            // handed over by a run the unload stopped: a stopping plugin starts nothing new
            turn.close();
            throw new CommandCancelled("plugin " + ctx.owner().pluginId() + " is stopping");
        }
        return turn;
    }

    private static final CommandConcurrency.Turn NO_TURN = () -> { };

    private boolean test(Check check) {
        try {
            return check.test(ctx);
        } catch (CommandError e) {
            throw e;
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            throw new CommandInvokeError(e);
        }
    }

    private Object[] convertArguments(CommandDefinition command) {
        ArgumentReader reader = new ArgumentReader(ctx, command);
        return ctx.options() != null ? reader.readOptions(ctx.options())
                : reader.read(ctx.parsed().arguments(), ctx.displayPrefix());
    }

    /**
     * What plugins registered bot-wide, unless the command is one of the owners' administration
     * commands: no plugin may slow, block or answer for those.
     */
    private static <T> List<T> botWide(CommandDefinition command, List<T> registered) {
        return command.cog().system() ? List.of() : registered;
    }

    private void runHooks(List<Hook> commandHooks, Hook cogHook, List<Hook> botHooks) {
        for (Hook hook : commandHooks) {
            hook.run(ctx);
        }
        cogHook.run(ctx);
        for (Hook hook : botHooks) {
            hook.run(ctx);
        }
    }

    private void runAfterHooks(CommandDefinition command) {
        try {
            runHooks(command.afterHooks(), command.cog().cog()::cogAfterInvoke, botWide(command, registry.afterHooks()));
        } catch (RuntimeException e) {
            if (ctx.commandFailed()) {
                // the command's own error gets the reply
                log.warn("An after-invoke hook of {}{} failed", ctx.prefix(), command.name(), e);
            } else {
                // e.g. the store could not count what the command did: the user hears of it
                ctx.markFailed();
                handle(new CommandInvokeError(e));
            }
        }
    }

    private void handle(CommandError error) {
        List<ErrorHandler> chain = new ArrayList<>();
        CommandDefinition command = ctx.definition();
        if (command != null) {
            chain.addAll(command.errorHandlers());
            chain.add(command.cog().cog()::cogCommandError);
        }
        chain.addAll(command == null ? registry.errorHandlers() : botWide(command, registry.errorHandlers()));
        chain.add(FallbackErrorHandler.INSTANCE);
        CommandError current = error;
        for (ErrorHandler handler : chain) {
            try {
                handler.handle(ctx, current);
                return;
            } catch (CommandError passedOn) {
                current = passedOn;
            } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError broken) {
                log.warn("An error handler failed while handling '{}'", current.getMessage(), broken);
                current = new CommandInvokeError(broken);
            }
        }
    }
}
