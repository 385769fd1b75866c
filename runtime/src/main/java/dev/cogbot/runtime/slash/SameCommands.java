package dev.cogbot.runtime.slash;

import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether what Discord has is what the bot wants, compared as Discord sees commands: the order of
 * the commands, and of a group's subcommands, means nothing to Discord, while the order of a
 * command's options and of their choices is the order Discord shows them in.
 *
 * <pre>{@code
 * if (!SameCommands.same(transport.registeredCommands(scope), wanted)) {
 *     transport.overwriteCommands(scope, wanted);
 * }
 * }</pre>
 */
final class SameCommands {

    private SameCommands() {
    }

    static boolean same(List<ApplicationCommand> registered, List<ApplicationCommand> wanted) {
        return byName(registered).equals(byName(wanted));
    }

    /** What a write changes, for the log: {@code added /poll; removed /jokes; changed /hush}. */
    static String changes(List<ApplicationCommand> registered, List<ApplicationCommand> wanted) {
        Map<String, ApplicationCommand> before = byName(registered);
        Map<String, ApplicationCommand> after = byName(wanted);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((name, command) -> {
            ApplicationCommand old = before.get(name);
            if (old == null) {
                added.add("/" + name);
            } else if (!old.equals(command)) {
                changed.add("/" + name);
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(name -> removed.add("/" + name));
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + String.join(", ", changed));
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static Map<String, ApplicationCommand> byName(List<ApplicationCommand> commands) {
        return commands.stream().map(SameCommands::canonical).collect(Collectors.toMap(ApplicationCommand::name,
                Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static ApplicationCommand canonical(ApplicationCommand command) {
        return new ApplicationCommand(command.name(), command.description(), canonical(command.options()),
                command.adminsOnly(), command.guildOnly());
    }

    /** Subcommands and groups sorted by name, each canonical inside; plain options as they are. */
    private static List<Option> canonical(List<Option> options) {
        boolean nested = !options.isEmpty() && options.stream().allMatch(o ->
                o.type() == OptionType.SUBCOMMAND || o.type() == OptionType.SUBCOMMAND_GROUP);
        if (!nested) {
            return options;
        }
        return options.stream()
                .map(o -> new Option(o.type(), o.name(), o.description(), o.required(), o.choices(), o.autocomplete(),
                        canonical(o.options())))
                .sorted(Comparator.comparing(Option::name))
                .toList();
    }
}
