package dev.cogbot.testkit;

import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.commands.SlashArguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A slash command written as a user types it in Discord, {@code /remind when:10m what:"buy tea"}:
 * the command's path, then {@code name:value} options, a value with spaces in double quotes.
 */
record TypedSlashCommand(List<String> path, Map<String, String> options) {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class);
    private static final Set<Class<?>> BOOLEANS = Set.of(boolean.class, Boolean.class);

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
     * Refuses what Discord's UI would not send for {@code command}: an option it does not have, or a
     * value that is not a number for a number option, or not {@code true}/{@code false} for a boolean
     * one. A missing required option is let through, as a stale registration would send it.
     */
    void checkAgainst(Optional<CommandDefinition> command) {
        if (command.isEmpty()) {
            return; // a command no loaded plugin serves: the bot's answer to it is what a test checks
        }
        List<SlashArguments.Argument> arguments = SlashArguments.of(command.get());
        for (var option : options.entrySet()) {
            SlashArguments.Argument argument = arguments.stream().filter(a -> a.name().equals(option.getKey()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("/" + String.join(" ", path)
                            + " has no option '" + option.getKey() + "'; its options are "
                            + arguments.stream().map(SlashArguments.Argument::name).toList()));
            if (argument.words()) {
                continue;
            }
            String value = option.getValue();
            Class<?> type = argument.type();
            if (INTEGERS.contains(type) && !value.matches("-?\\d{1,18}")
                    || NUMBERS.contains(type) && !isNumber(value)
                    || BOOLEANS.contains(type) && !(value.equals("true") || value.equals("false"))) {
                throw new IllegalArgumentException("option '" + option.getKey() + "' of /" + String.join(" ", path)
                        + " is a " + type.getSimpleName() + "; Discord would not send '" + value + "'");
            }
        }
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
