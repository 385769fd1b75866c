package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Discord's rules for an application command body, as its "Application Commands" documentation gives
 * them: names, descriptions, at most 25 options and 25 choices, required options first, unique names,
 * how subcommands and groups nest.
 */
final class CommandValidator {

    static final int CHAT_INPUT = 1;
    static final int USER = 2;
    static final int MESSAGE = 3;
    static final int PRIMARY_ENTRY_POINT = 4;

    static final int SUB_COMMAND = 1;
    static final int SUB_COMMAND_GROUP = 2;
    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int USER_OPTION = 6;
    static final int CHANNEL = 7;
    static final int ROLE = 8;
    static final int MENTIONABLE = 9;
    static final int NUMBER = 10;
    static final int ATTACHMENT = 11;

    /** Discord's documented pattern for CHAT_INPUT command and option names. */
    static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");
    static final int MAX_OPTIONS = 25;
    static final int MAX_CHOICES = 25;

    private CommandValidator() {
    }

    /** Checks one command; errors go under {@code path}. */
    static void validate(JsonNode command, List<String> path, FormErrors errors) {
        if (!command.isObject()) {
            errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
            return;
        }
        int type = command.path("type").asInt(CHAT_INPUT);
        if (type < CHAT_INPUT || type > PRIMARY_ENTRY_POINT) {
            errors.add(at(path, "type"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
            return;
        }
        String name = command.path("name").asText("");
        if (type == CHAT_INPUT) {
            checkName(name, at(path, "name"), errors, "APPLICATION_COMMAND_INVALID_NAME");
            checkDescription(command.path("description"), at(path, "description"), errors);
            checkOptions(command.path("options"), at(path, "options"), IN_COMMAND, errors);
        } else {
            if (name.isEmpty() || name.codePointCount(0, name.length()) > 32) {
                errors.add(at(path, "name"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
            }
            if (!command.path("description").asText("").isEmpty()) {
                errors.add(at(path, "description"), "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                        "Context menu commands cannot have description");
            }
            if (command.path("options").isArray() && !command.path("options").isEmpty()) {
                errors.add(at(path, "options"), "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS",
                        "Context menu commands cannot have options");
            }
        }
    }

    private static final int IN_COMMAND = 0;
    private static final int IN_GROUP = 1;
    private static final int IN_SUBCOMMAND = 2;

    /** @param level where the options are: a command's, a group's (subcommands only) or a subcommand's */
    private static void checkOptions(JsonNode options, List<String> path, int level, FormErrors errors) {
        if (options.isMissingNode() || options.isNull()) {
            return;
        }
        if (!options.isArray()) {
            errors.add(path, "BASE_TYPE_ARRAY", "Must be an array.");
            return;
        }
        if (options.size() > MAX_OPTIONS) {
            errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_OPTIONS + " or fewer in length.");
        }
        Set<String> names = new HashSet<>();
        boolean optionalSeen = false;
        boolean subcommands = false;
        boolean values = false;
        for (int i = 0; i < options.size(); i++) {
            JsonNode option = options.get(i);
            List<String> here = at(path, Integer.toString(i));
            int type = option.path("type").asInt(0);
            String name = option.path("name").asText("");
            checkName(name, at(here, "name"), errors, "APPLICATION_COMMAND_INVALID_NAME");
            checkDescription(option.path("description"), at(here, "description"), errors);
            if (!names.add(name)) {
                errors.add(at(here, "name"), "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
                        "Option name " + name + " is already used in these options");
            }
            if (type < SUB_COMMAND || type > ATTACHMENT) {
                errors.add(at(here, "type"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, ..., 11}.");
                continue;
            }
            boolean nesting = type == SUB_COMMAND || type == SUB_COMMAND_GROUP;
            subcommands |= nesting;
            values |= !nesting;
            if (level == IN_GROUP && type != SUB_COMMAND) {
                errors.add(at(here, "type"), "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
                        "A subcommand group holds only subcommands");
                continue;
            }
            if (level == IN_SUBCOMMAND && nesting) {
                errors.add(at(here, "type"), "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
                        "Subcommands and groups cannot be nested in a subcommand");
                continue;
            }
            if (nesting) {
                checkOptions(option.path("options"), at(here, "options"),
                        type == SUB_COMMAND_GROUP ? IN_GROUP : IN_SUBCOMMAND, errors);
                continue;
            }
            boolean required = option.path("required").asBoolean(false);
            if (required && optionalSeen) {
                errors.add(at(here, "required"), "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options");
            }
            optionalSeen |= !required;
            checkChoices(option, type, here, errors);
        }
        if (subcommands && values) {
            errors.add(path, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                    "Sub-command and sub-command group option types are mutually exclusive to all other types");
        }
    }

    private static void checkChoices(JsonNode option, int type, List<String> here, FormErrors errors) {
        JsonNode choices = option.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            return;
        }
        if (type != STRING && type != INTEGER && type != NUMBER) {
            errors.add(at(here, "choices"), "APPLICATION_COMMAND_OPTION_CHOICES_INVALID",
                    "Only string, integer and number options can have choices");
        }
        if (choices.size() > MAX_CHOICES) {
            errors.add(at(here, "choices"), "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_CHOICES + " or fewer in length.");
        }
        if (option.path("autocomplete").asBoolean(false)) {
            errors.add(at(here, "autocomplete"), "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                    "Autocomplete cannot be enabled on an option with choices");
        }
        for (int c = 0; c < choices.size(); c++) {
            String name = choices.get(c).path("name").asText("");
            if (name.isEmpty() || name.codePointCount(0, name.length()) > 100) {
                errors.add(at(at(at(here, "choices"), Integer.toString(c)), "name"), "BASE_TYPE_BAD_LENGTH",
                        "Must be between 1 and 100 in length.");
            }
        }
    }

    private static void checkName(String name, List<String> path, FormErrors errors, String code) {
        if (!NAME.matcher(name).matches()) {
            errors.add(path, code, "Command name is invalid");
        } else if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            errors.add(path, "APPLICATION_COMMAND_NAME_LOWERCASE", "Command name must be lowercase");
        }
    }

    private static void checkDescription(JsonNode description, List<String> path, FormErrors errors) {
        String text = description.asText("");
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > 100) {
            errors.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
    }

    static List<String> at(List<String> path, String part) {
        List<String> longer = new ArrayList<>(path);
        longer.add(part);
        return longer;
    }
}
