package dev.cogbot.runtime.control;

import java.util.ArrayList;
import java.util.List;

/** The line format both directions share: tab-separated words, each escaped so it holds no tab or line break. */
final class Wire {

    static final char SEPARATOR = '\t';

    private Wire() {
    }

    /** The words, escaped and joined by tabs: one line, without its line break. */
    static String join(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (!line.isEmpty()) {
                line.append(SEPARATOR);
            }
            escape(word, line);
        }
        return line.toString();
    }

    /** The words of a line made by {@link #join}. */
    static List<String> split(String line) throws ControlProtocolException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == SEPARATOR) {
                words.add(word.toString());
                word.setLength(0);
            } else if (c == '\\') {
                if (++i == line.length()) {
                    throw new ControlProtocolException("a line ends in the middle of an escape: " + line);
                }
                word.append(switch (line.charAt(i)) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> throw new ControlProtocolException("unknown escape \\" + line.charAt(i) + " in: " + line);
                });
            } else if (c == '\n' || c == '\r') {
                throw new ControlProtocolException("a line break inside a line");
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        return words;
    }

    private static void escape(String word, StringBuilder out) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
