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
            default -> new Unknown(command);
        };
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
