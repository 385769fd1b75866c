package dev.cogbot.runtime.slash;

import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.commands.ConverterRegistry;
import dev.cogbot.runtime.commands.SlashName;
import dev.cogbot.runtime.transport.ApplicationCommand;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Discord's limits on slash commands, checked when a plugin loads so that a command Discord would
 * refuse fails its plugin's load with one line saying what to change, instead of failing every
 * later sync of every plugin's commands.
 *
 * <pre>{@code
 * SlashLimits.checkPlugin(definitions, registry.commands(), registry.converters());  // before registry.add
 * }</pre>
 */
public final class SlashLimits {

    /** Discord's rule for command, subcommand and option names (lowercase where a letter has a case). */
    static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}]{1,32}$");
    static final int DESCRIPTION = 100;
    static final int OPTIONS = 25;
    static final int CHOICES = 25;
    static final int SUBCOMMANDS = 25;
    /** Top-level slash commands per bot and scope. */
    static final int COMMANDS = 100;
    /** Characters of names, descriptions and choices of one command, its options and subcommands together. */
    static final int CHARACTERS = 4000;

    private static final String NAME_RULE = "Discord allows 1 to 32 lowercase letters, digits, '-' and '_'";

    private SlashLimits() {
    }

    /**
     * Checks the commands of a plugin about to load: each against Discord's limits, and all of the
     * bot's together against its 100 top-level commands.
     *
     * @param plugin   the plugin's commands, all of its cogs'
     * @param loaded   the commands loaded already (the plugin's own are not among them)
     * @throws CogDefinitionException naming the command or argument and what to change
     */
    public static void checkPlugin(List<CommandDefinition> plugin, List<CommandDefinition> loaded,
            ConverterRegistry converters) {
        // builds, and so checks, each of the plugin's commands and groups
        List<ApplicationCommand> added = CommandSpecs.of(plugin, converters);
        Set<String> names = new TreeSet<>();
        loaded.forEach(d -> d.slash().ifPresent(s -> names.add(s.path().getFirst())));
        int before = names.size();
        added.forEach(c -> names.add(c.name()));
        if (names.size() > COMMANDS) {
            String pluginId = plugin.getFirst().cog().pluginId();
            throw new CogDefinitionException("plugin " + pluginId + " would bring the bot to " + names.size()
                    + " slash commands (" + before + " before it); Discord allows " + COMMANDS + ": serve some as"
                    + " subcommands with @Slash(group = ...), or keep some prefix-only with @Slash(false)");
        }
    }

    /** A command's or group's name, or a subcommand's. */
    static void checkCommandName(String name, String where) {
        if (!valid(name)) {
            throw new CogDefinitionException(where + ": '" + name + "' is not a valid slash command name; " + NAME_RULE
                    + ". Rename it with @Slash(name = ...), or keep it prefix-only with @Slash(false)");
        }
    }

    /** An option's name: its argument's, which is how an invocation's options are matched to arguments. */
    static void checkOptionName(String name, String where) {
        if (!valid(name)) {
            throw new CogDefinitionException(where + ": argument '" + name + "' is not a valid slash option name; "
                    + NAME_RULE + ". Name it with @Arg(\"" + suggestedName(name) + "\"), or keep the command"
                    + " prefix-only with @Slash(false)");
        }
    }

    static void checkArgumentHelp(String help, String argument, String where) {
        if (help.length() > DESCRIPTION) {
            throw new CogDefinitionException(where + ": the @Arg(help) of '" + argument + "' has " + help.length()
                    + " characters; Discord allows " + DESCRIPTION + ", so shorten it");
        }
    }

    static void checkOptionCount(int options, String where) {
        if (options > OPTIONS) {
            throw new CogDefinitionException(where + ": it has " + options + " arguments; a slash command takes at most "
                    + OPTIONS + " options. Take fewer, or keep it prefix-only with @Slash(false)");
        }
    }

    static void checkChoices(Class<?> type, String argument, String where) {
        int constants = type.getEnumConstants().length;
        if (constants > CHOICES) {
            throw new CogDefinitionException(where + ": argument '" + argument + "' is an enum of " + constants
                    + " constants; Discord offers at most " + CHOICES + " choices. Suggest values with"
                    + " @Arg(complete = ...) instead, or keep the command prefix-only with @Slash(false)");
        }
    }

    static void checkSubcommands(String group, int subcommands, String pluginId) {
        if (subcommands > SUBCOMMANDS) {
            throw new CogDefinitionException("slash command group /" + group + " of plugin " + pluginId + " has "
                    + subcommands + " subcommands; Discord allows " + SUBCOMMANDS
                    + ": split it with @Slash(group = ...), or keep some prefix-only with @Slash(false)");
        }
    }

    static void checkAutocomplete(ApplicationCommand.OptionType type, String argument, String where) {
        if (type != ApplicationCommand.OptionType.STRING && type != ApplicationCommand.OptionType.INTEGER
                && type != ApplicationCommand.OptionType.NUMBER) {
            throw new CogDefinitionException(where + ": argument '" + argument + "' is a "
                    + type.name().toLowerCase(Locale.ROOT) + " option, which Discord cannot autocomplete;"
                    + " drop its @Arg(complete), or take it as a String");
        }
    }

    static void checkUniqueOptions(List<ApplicationCommand.Option> options, String where) {
        Set<String> seen = new TreeSet<>();
        for (ApplicationCommand.Option option : options) {
            if (!seen.add(option.name())) {
                throw new CogDefinitionException(where + ": two arguments are named '" + option.name()
                        + "'; a slash command's options need names of their own, so rename one with @Arg(\"...\")");
            }
        }
    }

    /** The characters Discord counts against {@link #CHARACTERS}. */
    static void checkCharacters(ApplicationCommand command, String where) {
        int total = command.name().length() + command.description().length() + characters(command.options());
        if (total > CHARACTERS) {
            throw new CogDefinitionException(where + ": its names, descriptions and choices come to " + total
                    + " characters; Discord allows " + CHARACTERS + " per command, so shorten the @Arg(help) texts");
        }
    }

    private static int characters(List<ApplicationCommand.Option> options) {
        int total = 0;
        for (ApplicationCommand.Option option : options) {
            total += option.name().length() + option.description().length() + characters(option.options());
            for (ApplicationCommand.Choice choice : option.choices()) {
                total += choice.name().length() + choice.value().length();
            }
        }
        return total;
    }

    /** How a command is named in an error: its slash path, its command and where it comes from. */
    static String where(CommandDefinition definition) {
        SlashName slash = definition.slash().orElseThrow();
        return "slash command " + slash + " (command '" + definition.name() + "' of "
                + definition.cog().cog().getClass().getSimpleName() + ", plugin " + definition.cog().pluginId() + ")";
    }

    private static boolean valid(String name) {
        return NAME.matcher(name).matches() && name.equals(name.toLowerCase(Locale.ROOT));
    }

    /** {@code durationText} → {@code duration_text}; what to call an argument instead. */
    private static String suggestedName(String name) {
        String snake = name.replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^-_\\p{L}\\p{N}]+", "_");
        return snake.length() > 32 ? snake.substring(0, 32) : snake;
    }
}
