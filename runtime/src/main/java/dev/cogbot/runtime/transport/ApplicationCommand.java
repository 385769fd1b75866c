package dev.cogbot.runtime.transport;

import java.util.List;
import java.util.Objects;

/**
 * A slash command as the bot registers it with the network: what the runtime wants, and what the
 * network says it has, compared field by field to decide whether a write is needed. Only the fields
 * cogbot sets are modelled, so a comparison never differs on something it does not manage.
 *
 * @param description 1 to 100 characters
 * @param options     its options, or its subcommands (and their groups)
 * @param adminsOnly  hidden from everyone but the server's administrators until they allow others
 *                    (Discord's {@code default_member_permissions: "0"}); how owner commands are hidden
 * @param guildOnly   offered in servers only, not in DMs (a {@code @GuildOnly} command)
 */
public record ApplicationCommand(String name, String description, List<Option> options, boolean adminsOnly,
        boolean guildOnly) {

    public ApplicationCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }

    /**
     * The command as {@code scope} keeps it, which is what {@link Transport#registeredCommands} reports
     * after {@link Transport#overwriteCommands} wrote this one: in a server's scope every command is
     * used in that server only (Discord keeps no DM setting for it), so it is {@code guildOnly} there.
     * Compare what is wanted in this form with what is registered.
     *
     * <pre>{@code
     * boolean same = wanted.stream().map(c -> c.as(scope)).toList().equals(transport.registeredCommands(scope));
     * }</pre>
     */
    public ApplicationCommand as(CommandScope scope) {
        return scope instanceof CommandScope.InGuild && !guildOnly
                ? new ApplicationCommand(name, description, options, adminsOnly, true) : this;
    }

    /** Discord's option types that cogbot uses, with their codes. */
    public enum OptionType {
        SUBCOMMAND(1), SUBCOMMAND_GROUP(2), STRING(3), INTEGER(4), BOOLEAN(5), USER(6), CHANNEL(7), ROLE(8), NUMBER(10);

        private final int code;

        OptionType(int code) {
            this.code = code;
        }

        /** Discord's number for it. */
        public int code() {
            return code;
        }
    }

    /**
     * One option, or a subcommand or group of them (whose {@code options} are then its own).
     *
     * @param choices      the only values allowed, e.g. an enum's; empty when any value is
     * @param autocomplete whether the bot suggests values while the user types
     */
    public record Option(OptionType type, String name, String description, boolean required, List<Choice> choices,
            boolean autocomplete, List<Option> options) {

        public Option {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            choices = List.copyOf(choices);
            options = List.copyOf(options);
        }
    }

    /** A value offered for an option: {@code name} is shown, {@code value} is what the option then holds. */
    public record Choice(String name, String value) {

        public Choice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
