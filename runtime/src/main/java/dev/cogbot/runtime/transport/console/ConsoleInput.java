package dev.cogbot.runtime.transport.console;

import java.util.Locale;

/**
 * One line typed at the console, understood: a chat message, or a console command (a line starting
 * with {@code /}). {@code //} escapes a message that itself starts with {@code /}.
 *
 * <pre>{@code
 * ConsoleInput.parse("!joke")     // Say("!joke")
 * ConsoleInput.parse("/as bob")   // SwitchUser("bob")
 * ConsoleInput.parse("//shrug")   // Say("/shrug")
 * ConsoleInput.parse("/react 3 👍") // React("3", "👍", true)
 * }</pre>
 */
sealed interface ConsoleInput {

    /** A chat message; stripped, as Discord strips them. */
    record Say(String text) implements ConsoleInput {
    }

    /** {@code /as name}; an empty name means back to the local user. */
    record SwitchUser(String name) implements ConsoleInput {
    }

    record ListPlugins() implements ConsoleInput {
    }

    record Help() implements ConsoleInput {
    }

    record Quit() implements ConsoleInput {
    }

    record Unknown(String command) implements ConsoleInput {
    }

    /** {@code /react N EMOJI} or {@code /unreact N EMOJI}: the speaker reacts to message N, or takes it back. */
    record React(String messageId, String emoji, boolean add) implements ConsoleInput {
    }

    /** {@code /edit N TEXT}: message N now reads TEXT. */
    record Edit(String messageId, String text) implements ConsoleInput {
    }

    /** {@code /delete N}: message N is deleted. */
    record Delete(String messageId) implements ConsoleInput {
    }

    /** A console command written wrongly: what it should look like. */
    record Malformed(String usage) implements ConsoleInput {
    }

    /** An empty or all-blank line: nothing to send. */
    record Blank() implements ConsoleInput {
    }

    static ConsoleInput parse(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return new Blank();
        }
        if (text.startsWith("//")) {
            return new Say(text.substring(1));
        }
        if (!text.startsWith("/")) {
            return new Say(text);
        }
        int space = indexOfWhitespace(text);
        String command = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : text.substring(space).strip();
        return switch (command.toLowerCase(Locale.ROOT)) {
            case "/as" -> new SwitchUser(argument);
            case "/plugins" -> new ListPlugins();
            case "/help" -> new Help();
            case "/quit" -> new Quit();
            case "/react", "/unreact" -> react(command.toLowerCase(Locale.ROOT), argument);
            case "/edit" -> edit(argument);
            case "/delete" -> argument.matches("\\d+") ? new Delete(argument) : new Malformed("/delete N, N being a message's number");
            default -> new Unknown(command);
        };
    }

    private static ConsoleInput react(String command, String argument) {
        String[] parts = argument.split("\\s+", 2);
        if (parts.length != 2 || !parts[0].matches("\\d+") || parts[1].isBlank() || parts[1].contains(" ")) {
            return new Malformed(command + " N EMOJI, N being a message's number, e.g. " + command + " 3 👍");
        }
        return new React(parts[0], parts[1], command.equals("/react"));
    }

    private static ConsoleInput edit(String argument) {
        String[] parts = argument.split("\\s+", 2);
        if (parts.length != 2 || !parts[0].matches("\\d+") || parts[1].isBlank()) {
            return new Malformed("/edit N TEXT, N being a message's number, e.g. /edit 3 hello world");
        }
        return new Edit(parts[0], parts[1]);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
