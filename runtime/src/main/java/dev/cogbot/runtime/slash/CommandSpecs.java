package dev.cogbot.runtime.slash;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Member;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.api.checks.Checks;
import dev.cogbot.runtime.commands.ArgumentSpec;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.commands.ConverterRegistry;
import dev.cogbot.runtime.commands.SlashName;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Choice;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The slash commands the loaded commands make, as the bot registers them with Discord: one
 * {@link ApplicationCommand} per top-level name, a group's commands as its subcommands, sorted by
 * name so that the same commands always make the same list.
 *
 * <p>Each argument is an option of the same name, typed as the converter that reads it expects:
 * numbers, yes/no, users and members, channels and roles as Discord's own types (so Discord's UI
 * offers pickers), an enum as text with its constants as choices, written as the enum converter
 * reads and lists them (lower case), and everything else as text the converter reads as typed
 * (a {@code Duration} as {@code 30s} or {@code 5m}, a message link, and any type a plugin converts
 * itself, whatever it is). An {@code Optional}, a list or varargs is never required; a list,
 * varargs or the rest of the message is one text option holding the words.
 *
 * <p>Discord wants required options before optional ones. Options are matched to arguments by
 * name when a slash command is used, never by position, so the required ones are listed first and
 * otherwise in parameter order, whatever order the method declares them in.
 *
 * <pre>{@code
 * List<ApplicationCommand> wanted = CommandSpecs.of(registry.commands(), registry.converters());
 * }</pre>
 */
public final class CommandSpecs {

    private CommandSpecs() {
    }

    /**
     * The slash commands of {@code definitions} (prefix-only ones left out).
     *
     * @throws dev.cogbot.runtime.commands.CogDefinitionException if one breaks a limit of Discord's,
     *     naming it and what to change
     */
    public static List<ApplicationCommand> of(List<CommandDefinition> definitions, ConverterRegistry converters) {
        Map<String, List<CommandDefinition>> byTopName = new TreeMap<>();
        for (CommandDefinition definition : definitions) {
            definition.slash().ifPresent(slash ->
                    byTopName.computeIfAbsent(slash.path().getFirst(), k -> new ArrayList<>()).add(definition));
        }
        List<ApplicationCommand> commands = new ArrayList<>();
        byTopName.forEach((name, members) -> {
            SlashName first = members.getFirst().slash().orElseThrow();
            commands.add(first.group().isEmpty() && members.size() == 1
                    ? command(members.getFirst(), converters)
                    : group(name, members, converters));
        });
        return List.copyOf(commands);
    }

    private static ApplicationCommand command(CommandDefinition definition, ConverterRegistry converters) {
        String where = SlashLimits.where(definition);
        SlashLimits.checkCommandName(definition.slash().orElseThrow().name(), where);
        ApplicationCommand command = new ApplicationCommand(definition.slash().orElseThrow().name(),
                Descriptions.ofCommand(definition), options(definition, converters, where), ownerOnly(definition),
                guildOnly(definition));
        SlashLimits.checkCharacters(command, where);
        return command;
    }

    /**
     * A group: one command whose options are its subcommands. Discord hides or limits a whole
     * command, not one subcommand, so the group is for admins only, or for servers only, when all
     * its subcommands are; the others are checked when used, as they are in chat.
     */
    private static ApplicationCommand group(String name, List<CommandDefinition> members, ConverterRegistry converters) {
        String pluginId = members.getFirst().cog().pluginId();
        SlashLimits.checkCommandName(name, "slash command group /" + name + " of plugin " + pluginId);
        SlashLimits.checkSubcommands(name, members.size(), pluginId);
        List<Option> subcommands = new ArrayList<>();
        for (CommandDefinition member : members.stream()
                .sorted(Comparator.comparing((CommandDefinition d) -> d.slash().orElseThrow().name())).toList()) {
            String where = SlashLimits.where(member);
            SlashLimits.checkCommandName(member.slash().orElseThrow().name(), where);
            subcommands.add(new Option(OptionType.SUBCOMMAND, member.slash().orElseThrow().name(),
                    Descriptions.ofCommand(member), false, List.of(), false, options(member, converters, where)));
        }
        ApplicationCommand group = new ApplicationCommand(name, Descriptions.ofGroup(name), subcommands,
                members.stream().allMatch(CommandSpecs::ownerOnly), members.stream().allMatch(CommandSpecs::guildOnly));
        SlashLimits.checkCharacters(group, "slash command group /" + name + " of plugin " + pluginId);
        return group;
    }

    /** The owners' commands are hidden from all but a server's admins; they are still checked for owner when used. */
    private static boolean ownerOnly(CommandDefinition definition) {
        return definition.checks().contains(Checks.ownerOnly());
    }

    private static boolean guildOnly(CommandDefinition definition) {
        return definition.checks().contains(Checks.guildOnly());
    }

    private static List<Option> options(CommandDefinition definition, ConverterRegistry converters, String where) {
        SlashLimits.checkOptionCount(definition.arguments().size(), where);
        List<Option> required = new ArrayList<>();
        List<Option> optional = new ArrayList<>();
        for (ArgumentSpec spec : definition.arguments()) {
            Option option = option(spec, definition.cog().pluginId(), converters, where);
            (option.required() ? required : optional).add(option);
        }
        required.addAll(optional);
        SlashLimits.checkUniqueOptions(required, where);
        return List.copyOf(required);
    }

    private static Option option(ArgumentSpec spec, String pluginId, ConverterRegistry converters, String where) {
        SlashLimits.checkOptionName(spec.name(), where);
        SlashLimits.checkArgumentHelp(spec.help(), spec.name(), where);
        boolean ownConverter = converters.readsWithOwnConverter(pluginId, spec.type());
        boolean oneValue = spec.shape() == ArgumentSpec.Shape.SINGLE || spec.shape() == ArgumentSpec.Shape.OPTIONAL;
        OptionType type = oneValue && !ownConverter ? typeOf(spec.type()) : OptionType.STRING;
        boolean autocomplete = !spec.complete().isEmpty();
        if (autocomplete) {
            SlashLimits.checkAutocomplete(type, spec.name(), where);
        }
        List<Choice> choices = List.of();
        if (oneValue && !ownConverter && !autocomplete && spec.type().isEnum()) {
            SlashLimits.checkChoices(spec.type(), spec.name(), where);
            choices = Arrays.stream(spec.type().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .map(value -> new Choice(value, value))
                    .toList();
        }
        String description = spec.help().isEmpty() ? spec.name() : spec.help();
        return new Option(type, spec.name(), description, spec.required(), choices, autocomplete, List.of());
    }

    /** The option type of one value read by the runtime's own converter for {@code type}. */
    private static OptionType typeOf(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            return OptionType.INTEGER;
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return OptionType.NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return OptionType.BOOLEAN;
        }
        if (type == User.class || type == Member.class) {
            return OptionType.USER;
        }
        if (type == Channel.class) {
            return OptionType.CHANNEL;
        }
        if (type == Role.class) {
            return OptionType.ROLE;
        }
        // String, Duration, Message, enums (with choices), and anything else read from text
        return OptionType.STRING;
    }
}
