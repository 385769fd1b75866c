package dev.cogbot.runtime.commands;

import dev.cogbot.api.Draft;
import dev.cogbot.api.Message;
import dev.cogbot.api.User;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.scheduling.ParkWatch;
import dev.cogbot.runtime.scheduling.RunningTasks;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns messages into invocations. Each invocation runs on its own virtual thread, owned by the
 * command's plugin, so one command sleeping or waiting never delays another, and unloading the
 * plugin can stop it. The owners' commands to the runtime itself run on platform threads instead,
 * at most {@link #OWNER_THREADS} at once, so that plugins keeping every virtual-thread carrier busy
 * cannot stop the owners from unloading them; they spend the owner's budget but take none of the
 * owner's running slots, which the owner's own runaway plugin commands may fill.
 *
 * <p>What one member can start is limited ({@link CommandLimits}): a burst of commands, then a
 * steady rate; of those a few run at once and a few more wait their turn; the rest are dropped,
 * with one short notice to the member and one warning in the log per notice interval. A command
 * that waits a long time gives its running slot back, and one that waits its turn too long is
 * dropped (see {@link CommandAdmission}). Replies are what a flood really costs, since every
 * reply of the bot queues in the same rate-limited REST queue; so the limit is on what a member
 * can make the bot do, and other members' commands are never held up by it. Owners are limited
 * too: the limit is per member, so nobody else's flood ever stands in an owner's way, and an
 * owner's runaway script fills the REST queue as surely as anyone's (only their commands to the
 * runtime itself skip the running slots, never the budget).
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    /**
     * Platform threads for the owners' commands at once; more wait their turn. Owners are few and
     * their commands short, and each is one operating-system thread.
     */
    static final int OWNER_THREADS = 4;

    private final CommandRegistry registry;
    private final GuildPrefixes prefixes;
    private final HostedBot runtimeBot;
    private final RunningTasks invocations;
    private final CommandLimits limits;
    private final CommandAdmission admission;
    private final Turnstile ownerThreads = new Turnstile(OWNER_THREADS);
    private volatile CommandObserver observer = CommandObserver.NONE;

    /**
     * @param prefixes    what starts a command where (a server's prefix, a mention of the bot)
     * @param runtimeBot  the runtime's own handle, used for messages that name no command
     * @param invocations counts invocations in flight, so a shutdown can let them finish
     * @param limits      how much one member may have going at once
     */
    public Dispatcher(CommandRegistry registry, GuildPrefixes prefixes, HostedBot runtimeBot, RunningTasks invocations,
                      CommandLimits limits) {
        this.registry = registry;
        this.prefixes = prefixes;
        this.runtimeBot = runtimeBot;
        this.invocations = invocations;
        this.limits = limits;
        this.admission = new CommandAdmission(limits, runtimeBot.lifetime().scheduler());
    }

    /** From now on, tells {@code observer} of every command run (the operations port's metrics). */
    public void observe(CommandObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
    }

    /**
     * What a message asks for, read once (its prefix, its command): so the runtime can tell
     * listeners whether it is a command and then dispatch it without reading it again.
     */
    public static final class Request {

        private final Message message;
        private final Invocation invocation;

        private Request(Message message, Invocation invocation) {
            this.message = message;
            this.invocation = invocation;
        }

        /** Whether the message names a loaded command or alias (what a listener's {@code isCommand} says). */
        public boolean namesCommand() {
            return invocation != null && invocation.namesACommand();
        }
    }

    /** Reads what {@code message} asks for; see {@link #dispatch(Request)}. */
    public Request read(Message message) {
        return new Request(message, invocation(message).orElse(null));
    }

    /** Reads and dispatches {@code message}; see {@link #dispatch(Request)}. */
    public boolean dispatch(Message message) {
        return dispatch(read(message));
    }

    /**
     * Starts the command the request invokes, if any, or queues or drops it if its author has
     * too many going; returns whether it was read as a command.
     */
    public boolean dispatch(Request request) {
        if (request.invocation == null) {
            return false;
        }
        admit(request.invocation, request.message.author(), verdict -> dropped(verdict, request.message));
        return true;
    }

    /**
     * Starts {@code invocation} now, queues it, or drops it, as its author's limits say; what was
     * decided (at once, or later for a queued one that waited too long) goes to {@code decided}.
     */
    private void admit(Invocation invocation, User author, Consumer<CommandAdmission.Verdict> decided) {
        // counted from now, so a shutdown that drains also waits for the commands queued
        invocations.started();
        CommandAdmission.Verdict verdict = ownersOwn(invocation, author)
                // bounded by the owners' platform threads instead: their own runaway commands filling
                // every slot must not keep them from unloading the plugin that runs them
                ? admission.offerOutsideSlots(author.id(), slot -> start(invocation, author, slot))
                : admission.offer(author.id(), slot -> start(invocation, author, slot), decided);
        decided.accept(verdict);
    }

    private void dropped(CommandAdmission.Verdict verdict, Message message) {
        switch (verdict) {
            case STARTED, QUEUED -> { }
            case DROPPED -> invocations.stopped();
            case DROPPED_NOTIFY -> {
                invocations.stopped();
                tellToSlowDown(message);
            }
        }
    }

    /**
     * A slash command's use, as the {@code interactions} package hands it over: the command, a
     * stand-in for the message it lacks, its options by name, and where its answers go.
     *
     * @param invokedWith the command as named in errors and logs, e.g. {@code "plugins load"}
     */
    public record SlashUse(CommandDefinition command, Message standIn, String invokedWith, Map<String, String> options,
            Answers answers) {
    }

    /**
     * Starts a slash command through the same admission, checks, converters, cooldowns, hooks and
     * error handlers as a prefix command; its answers are told when it is over, however it ends
     * (dropped, refused, never run), so the interaction is always acknowledged.
     */
    public void dispatch(SlashUse use) {
        Invocation invocation = slashInvocation(use);
        admit(invocation, use.standIn().author(), verdict -> droppedSlash(verdict, invocation, use));
    }

    private void droppedSlash(CommandAdmission.Verdict verdict, Invocation invocation, SlashUse use) {
        User author = use.standIn().author();
        switch (verdict) {
            case STARTED, QUEUED -> { }
            case DROPPED, DROPPED_NOTIFY -> {
                invocations.stopped();
                if (verdict == CommandAdmission.Verdict.DROPPED_NOTIFY) {
                    warnDropping(author);
                }
                // every dropped interaction is answered, privately: Discord allows no silent drop. On a
                // thread of its own: a flood of them must not hold the caller (the transport's or the
                // runtime's inbound thread) on one request each
                Runnable answer = () -> {
                    try {
                        use.answers().send(Draft.of(slowDown(author)).ephemeral());
                    } catch (RuntimeException e) {
                        log.debug("Could not tell {} to slow down", author.id(), e);
                    } finally {
                        invocation.ended();
                    }
                };
                try {
                    runtimeBot.lifetime().spawnVirtual("slow-down answer", answer);
                } catch (IllegalStateException shuttingDown) {
                    invocation.ended();
                }
            }
        }
    }

    private Invocation slashInvocation(SlashUse use) {
        return new Invocation(registry, new InvocationContext(use.command().cog().bot(), use.standIn(),
                new ParsedCommand(SlashName.PREFIX, use.invokedWith(), ""), SlashName.PREFIX, registry.converters(), use.command(),
                use.answers(), use.options()), observer);
    }

    /** Runs {@code message}'s command on the calling thread; for benchmarks and tests of the pipeline itself. */
    public boolean dispatchInline(Message message) {
        Optional<Invocation> read = invocation(message);
        read.ifPresent(Invocation::run);
        return read.isPresent();
    }

    /** How many commands were started at once, queued and dropped since the bot started. */
    public AdmissionCounts admissionCounts() {
        return admission.counts();
    }

    /** Whether this is one of the owners' commands to the runtime itself (plugin administration, their help). */
    private boolean ownersOwn(Invocation invocation, User author) {
        return invocation.owner() == runtimeBot && invocation.namesACommand() && runtimeBot.isOwner(author);
    }

    private void start(Invocation invocation, User author, RunningSlot slot) {
        HostedBot owner = invocation.owner();
        Lifetime.Undoable command = new Lifetime.Undoable() {
            @Override
            public void run() {
                ParkWatch.watch(slot);
                try {
                    invocation.run();
                } finally {
                    ParkWatch.unwatch();
                    neverRan();
                }
            }

            /** Also what ending does: a command whose plugin stopped before it began must not stay counted. */
            @Override
            public void neverRan() {
                invocation.ended();
                invocations.stopped();
                slot.giveBack();
            }
        };
        Lifetime lifetime = owner.lifetime();
        String name = "command " + invocation.commandName();
        if (owner != runtimeBot) {
            spawn(invocation, slot, () -> { }, () -> lifetime.spawn(name, command));
        } else if (ownersOwn(invocation, author)) {
            // on one of a few platform threads, which plugins spinning on every carrier cannot starve
            ownerThreads.enter(() -> spawn(invocation, slot, ownerThreads::leave, () -> lifetime.spawn(name,
                    new Lifetime.Undoable() {
                        @Override
                        public void run() {
                            try {
                                command.run();
                            } finally {
                                ownerThreads.leave();
                            }
                        }

                        @Override
                        public void neverRan() {
                            command.neverRan();
                            ownerThreads.leave();
                        }
                    })));
        } else {
            // help for anyone, a reply to a typo: a raid by many accounts must not start a system thread each
            spawn(invocation, slot, () -> { }, () -> lifetime.spawnVirtual(name, command));
        }
    }

    /** Runs {@code spawn}; if the command's owner is stopping, undoes what the command would have on ending. */
    private void spawn(Invocation invocation, RunningSlot slot, Runnable refused, Runnable spawn) {
        try {
            spawn.run();
        } catch (IllegalStateException ownerStopping) {
            refused.run();
            invocation.ended();
            invocations.stopped();
            slot.giveBack();
            log.debug("'{}' arrived while {} was stopping; ignored", invocation.commandName(), invocation.owner().pluginId());
        }
    }

    /** Once per notice interval per member: a short reply, and a warning for whoever runs the bot. */
    private void tellToSlowDown(Message message) {
        warnDropping(message.author());
        try {
            runtimeBot.lifetime().spawnVirtual("slow-down notice", () -> message.channel().send(slowDown(message.author())));
        } catch (IllegalStateException shuttingDown) {
            log.debug("No slow-down notice: the bot is shutting down");
        }
    }

    private void warnDropping(User author) {
        log.warn("Dropping commands of {} ({}): more than {} at once and {} a second, or {} running and {} waiting;"
                        + " told them to slow down", Excerpt.of(author.name()), author.id(),
                limits.burstPerUser(), limits.perSecondPerUser(), limits.runningPerUser(), limits.queuedPerUser());
    }

    private static String slowDown(User author) {
        return "Slow down, " + Excerpt.of(author.name()) + ": I'm ignoring your commands until the ones I have are done.";
    }

    /** The invocation {@code message} asks for, owned by the command's plugin (the runtime's if no command matches). */
    private Optional<Invocation> invocation(Message message) {
        return prefixes.read(message).flatMap(command -> {
            Optional<CommandDefinition> definition = registry.find(command.name());
            if (definition.isEmpty() && prefixes.isMention(command.prefix())) {
                // "@cogbot thanks!" is talk, not a typo of a command: no "I don't know" for it
                return Optional.empty();
            }
            HostedBot owner = definition.map(d -> d.cog().bot()).orElse(runtimeBot);
            return Optional.of(new Invocation(registry, new InvocationContext(owner, message, command,
                    prefixes.displayed(command, message), registry.converters(), definition.orElse(null)), observer));
        });
    }
}
