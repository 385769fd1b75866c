package dev.cogbot.runtime.transport.discord;

import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Choice;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import dev.cogbot.runtime.transport.CommandScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The runtime's {@link ApplicationCommand}s as JDA's command data, and the commands Discord reports
 * back as the runtime's: what is written reads back equal, so an unchanged set causes no write.
 *
 * <p>Only what cogbot sets goes either way. {@code adminsOnly} is Discord's
 * {@code default_member_permissions: "0"}; {@code guildOnly} is the {@code GUILD} context alone
 * (else JDA's default, servers and DMs with the bot). Discord keeps contexts only for global
 * commands: every command of a server's scope is used in that server only, so there every command
 * is written and reads back {@code guildOnly} ({@link ApplicationCommand#as}).
 */
final class DiscordCommands {

    private DiscordCommands() {
    }

    static SlashCommandData toJda(ApplicationCommand command, CommandScope scope) {
        SlashCommandData data = Commands.slash(command.name(), command.description())
                .setDefaultPermissions(command.adminsOnly() ? DefaultMemberPermissions.DISABLED : DefaultMemberPermissions.ENABLED);
        if (command.as(scope).guildOnly()) {
            data.setContexts(InteractionContextType.GUILD);
        }
        for (Option option : command.options()) {
            switch (option.type()) {
                case SUBCOMMAND -> data.addSubcommands(subcommand(option));
                case SUBCOMMAND_GROUP -> data.addSubcommandGroups(new SubcommandGroupData(option.name(), option.description())
                        .addSubcommands(option.options().stream().map(DiscordCommands::subcommand).toList()));
                default -> data.addOptions(option(option));
            }
        }
        return data;
    }

    private static SubcommandData subcommand(Option subcommand) {
        return new SubcommandData(subcommand.name(), subcommand.description())
                .addOptions(subcommand.options().stream().map(DiscordCommands::option).toList());
    }

    private static OptionData option(Option option) {
        OptionData data = new OptionData(jdaType(option.type()), option.name(), option.description(), option.required(),
                option.autocomplete());
        for (Choice choice : option.choices()) {
            switch (option.type()) {
                case INTEGER -> data.addChoice(choice.name(), Long.parseLong(choice.value()));
                case NUMBER -> data.addChoice(choice.name(), Double.parseDouble(choice.value()));
                default -> data.addChoice(choice.name(), choice.value());
            }
        }
        return data;
    }

    /**
     * A command as Discord reports it in {@code scope}. Discord keeps the order of a command's
     * options; JDA hands them back by kind (options, then subcommands, then groups), which is the
     * order cogbot writes them in, as Discord lets a command have options or subcommands, not both.
     */
    static ApplicationCommand fromJda(Command command, CommandScope scope) {
        List<Option> options = new ArrayList<>();
        command.getOptions().forEach(option -> options.add(option(option)));
        command.getSubcommands().forEach(subcommand -> options.add(subcommand(subcommand)));
        command.getSubcommandGroups().forEach(group -> options.add(new Option(OptionType.SUBCOMMAND_GROUP, group.getName(),
                group.getDescription(), false, List.of(), false,
                group.getSubcommands().stream().map(DiscordCommands::subcommand).toList())));
        Long permissions = command.getDefaultPermissions().getPermissionsRaw();
        boolean guildOnly = scope instanceof CommandScope.InGuild
                || command.getContexts().equals(EnumSet.of(InteractionContextType.GUILD));
        return new ApplicationCommand(command.getName(), command.getDescription(), options,
                permissions != null && permissions == 0L, guildOnly);
    }

    private static Option subcommand(Command.Subcommand subcommand) {
        return new Option(OptionType.SUBCOMMAND, subcommand.getName(), subcommand.getDescription(), false, List.of(), false,
                subcommand.getOptions().stream().map(DiscordCommands::option).toList());
    }

    private static Option option(Command.Option option) {
        OptionType type = cogbotType(option.getType());
        List<Choice> choices = option.getChoices().stream()
                .map(choice -> new Choice(choice.getName(), choiceValue(type, choice)))
                .toList();
        return new Option(type, option.getName(), option.getDescription(), option.isRequired(), choices,
                option.isAutoComplete(), List.of());
    }

    /** A choice's value as text: an integer as digits, a number in its shortest plain form ({@code 2}, {@code 0.5}). */
    private static String choiceValue(OptionType type, Command.Choice choice) {
        return switch (type) {
            case INTEGER -> Long.toString(choice.getAsLong());
            case NUMBER -> BigDecimal.valueOf(choice.getAsDouble()).stripTrailingZeros().toPlainString();
            default -> choice.getAsString();
        };
    }

    static net.dv8tion.jda.api.interactions.commands.OptionType jdaType(OptionType type) {
        return net.dv8tion.jda.api.interactions.commands.OptionType.fromKey(type.code());
    }

    static OptionType cogbotType(net.dv8tion.jda.api.interactions.commands.OptionType type) {
        for (OptionType candidate : OptionType.values()) {
            if (candidate.code() == type.getKey()) {
                return candidate;
            }
        }
        throw new IllegalStateException("Discord reports an option of type " + type
                + ", which cogbot does not register; another program changed the bot's commands");
    }
}
