package dev.cogbot.testkit;

import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A slash command written as a user types it in Discord, {@code /remind when:10m what:"buy tea"}:
 * the command's path, then {@code name:value} options, a value with spaces in double quotes.
 */
record TypedSlashCommand(List<String> path, Map<String, String> options) {

    static TypedSlashCommand parse(String typed) {
        String text = typed.strip();
        if (!text.startsWith("/") || text.length() == 1) {
            throw new IllegalArgumentException("a slash command starts with '/' and its name, e.g. /hush duration:5m;"
                    + " not '" + typed + "'");
        }
        List<String> path = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String word : words(text.substring(1))) {
            int colon = word.indexOf(':');
            if (colon < 0) {
                if (!options.isEmpty() || path.size() == 2) {
                    throw new IllegalArgumentException("'" + word + "' in '" + typed + "' is no option: write options as"
                            + " name:value after the command (a value with spaces in double quotes)");
                }
                path.add(word);
            } else {
                String name = word.substring(0, colon);
                String value = unquoted(word.substring(colon + 1));
                if (options.put(name, value) != null) {
                    throw new IllegalArgumentException("option '" + name + "' is given twice in '" + typed + "'");
                }
            }
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("'" + typed + "' names no command");
        }
        return new TypedSlashCommand(List.copyOf(path), options);
    }

    /**
     * Refuses what Discord's UI would not send, given the slash commands the bot {@code registered}:
     * an option the command does not have, or a value that is not a whole number for an integer
     * option, not a number for a number option, or not {@code true}/{@code false} for a boolean one.
     * A missing required option is let through, as a stale registration would send it. Reading the
     * registered options, not the command's parameters, keeps the parameter-to-option mapping in one
     * place: the runtime's.
     */
    void checkAgainst(List<ApplicationCommand> registered) {
        Optional<List<Option>> registeredOptions = optionsIn(registered);
        if (registeredOptions.isEmpty()) {
            return; // a command the bot does not register: the bot's answer to it is what a test checks
        }
        List<Option> known = registeredOptions.get();
        for (var option : options.entrySet()) {
            Option registeredOption = known.stream().filter(o -> o.name().equals(option.getKey()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("/" + String.join(" ", path)
                            + " has no option '" + option.getKey() + "'; its options are "
                            + known.stream().map(Option::name).toList()));
            String value = option.getValue();
            OptionType type = registeredOption.type();
            if (type == OptionType.INTEGER && !value.matches("-?\\d{1,18}")
                    || type == OptionType.NUMBER && !isNumber(value)
                    || type == OptionType.BOOLEAN && !(value.equals("true") || value.equals("false"))) {
                throw new IllegalArgumentException("option '" + option.getKey() + "' of /" + String.join(" ", path)
                        + " is " + type.name().toLowerCase(Locale.ROOT) + "; Discord would not send '" + value + "'");
            }
        }
    }

    /** The options the bot registered for this command (for a group's command, its subcommand's). */
    private Optional<List<Option>> optionsIn(List<ApplicationCommand> registered) {
        Optional<ApplicationCommand> top = registered.stream().filter(c -> c.name().equals(path.getFirst())).findFirst();
        Optional<List<Option>> topOptions = top.map(ApplicationCommand::options);
        if (path.size() == 1) {
            return topOptions.filter(os -> os.stream().noneMatch(o -> o.type() == OptionType.SUBCOMMAND));
        }
        return topOptions.flatMap(os -> os.stream()
                .filter(o -> o.type() == OptionType.SUBCOMMAND && o.name().equals(path.get(1)))
                .findFirst())
                .map(Option::options);
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Splits on spaces outside double quotes, keeping the quotes for {@link #unquoted}. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("an unclosed double quote in '" + text + "'");
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
