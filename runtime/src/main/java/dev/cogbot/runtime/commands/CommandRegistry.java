package dev.cogbot.runtime.commands;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Check;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.Hook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every loaded command by name and alias, every loaded cog, the bot-wide checks, hooks and
 * error handlers, and the converters that read arguments. Reads (one per message) see an
 * immutable snapshot; loads and unloads, which are rare, build a new one.
 */
public final class CommandRegistry {

    private record Snapshot(Map<String, CommandDefinition> byName, Map<List<String>, CommandDefinition> bySlash,
            List<CommandDefinition> commands, List<CogBinding> cogs) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), List.of(), List.of());
    }

    private final ReentrantLock writes = new ReentrantLock();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private final List<Check> checks = new CopyOnWriteArrayList<>();
    private final List<Hook> beforeHooks = new CopyOnWriteArrayList<>();
    private final List<Hook> afterHooks = new CopyOnWriteArrayList<>();
    private final List<ErrorHandler> errorHandlers = new CopyOnWriteArrayList<>();
    private final ConverterRegistry converters;

    /** @param runtimeId the owner of the runtime's own converters (see {@link ConverterRegistry}) */
    public CommandRegistry(String runtimeId) {
        this.converters = new ConverterRegistry(runtimeId);
    }

    /**
     * Adds a cog and its commands.
     *
     * @throws CogDefinitionException if a name or alias is already taken, or a slash command's name, or a
     *     slash command group by another plugin, naming who has it
     */
    public void add(CogBinding cog, List<CommandDefinition> definitions) {
        writes.lock();
        try {
            Snapshot current = snapshot;
            Map<String, CommandDefinition> byName = new HashMap<>(current.byName());
            Map<List<String>, CommandDefinition> bySlash = new HashMap<>(current.bySlash());
            for (CommandDefinition definition : definitions) {
                for (String name : definition.names()) {
                    CommandDefinition taken = byName.putIfAbsent(name, definition);
                    if (taken != null) {
                        throw new CogDefinitionException("command name '" + name + "' of plugin " + cog.pluginId()
                                + " is already taken by '" + taken.name() + "' of plugin " + taken.cog().pluginId());
                    }
                }
                if (definition.slash().isPresent()) {
                    addSlash(bySlash, definition, definition.slash().get());
                }
            }
            List<CommandDefinition> commands = new ArrayList<>(current.commands());
            commands.addAll(definitions);
            List<CogBinding> cogs = new ArrayList<>(current.cogs());
            cogs.add(cog);
            snapshot = new Snapshot(Map.copyOf(byName), Map.copyOf(bySlash), List.copyOf(commands), List.copyOf(cogs));
        } finally {
            writes.unlock();
        }
    }

    /**
     * Indexes a slash command by its path; a group is one top-level name, so it may not also be a
     * command of its own, and only one plugin may fill it.
     */
    private static void addSlash(Map<List<String>, CommandDefinition> bySlash, CommandDefinition definition,
            SlashName slash) {
        String pluginId = definition.cog().pluginId();
        for (Map.Entry<List<String>, CommandDefinition> entry : bySlash.entrySet()) {
            List<String> path = entry.getKey();
            CommandDefinition other = entry.getValue();
            String clash = null;
            if (path.equals(slash.path())) {
                clash = "slash command " + slash + " of plugin " + pluginId + " is already taken by '" + other.name()
                        + "' of plugin " + other.cog().pluginId();
            } else if (path.getFirst().equals(slash.path().getFirst()) && (path.size() == 1 || slash.path().size() == 1)) {
                clash = "slash command " + slash + " of plugin " + pluginId + " clashes with " + other.slash().orElseThrow()
                        + " of plugin " + other.cog().pluginId() + ": a name is either a command or a group";
            } else if (path.getFirst().equals(slash.path().getFirst()) && !other.cog().pluginId().equals(pluginId)) {
                clash = "slash command group /" + path.getFirst() + " belongs to plugin " + other.cog().pluginId()
                        + "; plugin " + pluginId + " must use a group of its own";
            }
            if (clash != null) {
                throw new CogDefinitionException(clash + "; rename it with @Slash(name = ..., group = ...)");
            }
        }
        bySlash.put(slash.path(), definition);
    }

    /** Removes a cog and its commands; they stop being found at once. */
    public void remove(CogBinding cog) {
        writes.lock();
        try {
            Snapshot current = snapshot;
            Map<String, CommandDefinition> byName = new HashMap<>(current.byName());
            byName.values().removeIf(d -> d.cog() == cog);
            Map<List<String>, CommandDefinition> bySlash = new HashMap<>(current.bySlash());
            bySlash.values().removeIf(d -> d.cog() == cog);
            snapshot = new Snapshot(Map.copyOf(byName), Map.copyOf(bySlash),
                    current.commands().stream().filter(d -> d.cog() != cog).toList(),
                    current.cogs().stream().filter(c -> c != cog).toList());
        } finally {
            writes.unlock();
        }
    }

    public Optional<CommandDefinition> find(String name) {
        return Optional.ofNullable(snapshot.byName().get(name.toLowerCase(Locale.ROOT)));
    }

    /** The command served as the slash command {@code path} ({@code ["plugins", "load"]}), if one is. */
    public Optional<CommandDefinition> findSlash(List<String> path) {
        return Optional.ofNullable(snapshot.bySlash().get(path));
    }

    /** Every command, once each, in load order. */
    public List<CommandDefinition> commands() {
        return snapshot.commands();
    }

    /** Every loaded cog, in load order. */
    public List<CogBinding> cogs() {
        return snapshot.cogs();
    }

    /** Visible command names and aliases closest to {@code attempted}, closest first, at most three. */
    public List<String> suggest(String attempted) {
        String typed = attempted.toLowerCase(Locale.ROOT);
        List<CommandDefinition> visible = commands().stream().filter(d -> !d.hidden()).toList();
        record Candidate(String command, int distance) {
        }
        List<Candidate> close = new ArrayList<>();
        for (CommandDefinition definition : visible) {
            int best = Integer.MAX_VALUE;
            int mostApart = Math.max(2, typed.length() / 3);
            for (String name : definition.names()) {
                int distance;
                if (name.startsWith(typed) || typed.startsWith(name)) {
                    distance = 1;
                } else if (Math.abs(typed.length() - name.length()) > mostApart) {
                    // too far apart by length alone; measuring would cost time and memory in the typed length
                    continue;
                } else {
                    distance = Suggestions.distance(typed, name);
                }
                best = Math.min(best, distance);
            }
            if (best <= mostApart) {
                close.add(new Candidate(definition.name(), best));
            }
        }
        close.sort(java.util.Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::command));
        return close.stream().map(Candidate::command).limit(3).toList();
    }

    /** How arguments are read: the runtime's converters and the plugins' own. */
    public ConverterRegistry converters() {
        return converters;
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Hook> beforeHooks() {
        return beforeHooks;
    }

    public List<Hook> afterHooks() {
        return afterHooks;
    }

    public List<ErrorHandler> errorHandlers() {
        return errorHandlers;
    }

    public Cancellable addCheck(Check check) {
        return added(checks, check);
    }

    public Cancellable addBeforeHook(Hook hook) {
        return added(beforeHooks, hook);
    }

    public Cancellable addAfterHook(Hook hook) {
        return added(afterHooks, hook);
    }

    public Cancellable addErrorHandler(ErrorHandler handler) {
        return added(errorHandlers, handler);
    }

    private static <T> Cancellable added(List<T> list, T item) {
        list.add(item);
        return new Cancellable() {
            private volatile boolean cancelled;

            @Override
            public void cancel() {
                cancelled = true;
                list.remove(item);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
