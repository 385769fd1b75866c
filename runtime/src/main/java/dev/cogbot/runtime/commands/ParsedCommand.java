package dev.cogbot.runtime.commands;

import java.util.Optional;

/**
 * A message read as a command: the prefix it used, the command word, and the text after it.
 *
 * @param prefix    the prefix as matched
 * @param name      the command word as typed
 * @param arguments everything after the command word, untrimmed of inner spacing
 */
public record ParsedCommand(String prefix, String name, String arguments) {

    /** Reads {@code content} as a command if it starts with {@code prefix} directly followed by a word. */
    public static Optional<ParsedCommand> parse(String content, String prefix) {
        if (!content.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = content.substring(prefix.length());
        if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty();
        }
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        return Optional.of(new ParsedCommand(prefix, rest.substring(0, end), rest.substring(end).strip()));
    }
}
