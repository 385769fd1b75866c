package dev.cogbot.runtime.transport.discord;

import java.util.ArrayList;
import java.util.List;

/** Cuts a long text into messages Discord accepts, at line breaks where it can. */
final class MessageSplitter {

    /** Discord refuses a message with no visible content; a zero-width space is the usual stand-in. */
    static final String INVISIBLE = "\u200b";

    private MessageSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutBefore(rest, limit);
            addVisible(parts, rest.substring(0, cut));
            // only the break itself goes: the next line's indentation (in a code block, say) stays
            rest = rest.substring(isBreak(rest.charAt(cut)) ? cut + 1 : cut);
        }
        addVisible(parts, rest);
        if (parts.isEmpty()) {
            parts.add(INVISIBLE);
        }
        return parts;
    }

    /** Where to end the part that starts {@code text}: the last line break, else the last space, else the limit. */
    private static int cutBefore(String text, int limit) {
        int cut = text.lastIndexOf('\n', limit);
        if (cut <= 0) {
            cut = text.lastIndexOf(' ', limit);
        }
        if (cut <= 0) {
            cut = limit;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // an emoji cut in half would arrive as two broken characters
            }
        }
        return cut;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == ' ';
    }

    /**
     * Discord refuses a message of whitespace only, which a cut between blank lines can leave, and
     * drops a message's trailing whitespace anyway.
     */
    private static void addVisible(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.stripTrailing());
        }
    }
}
