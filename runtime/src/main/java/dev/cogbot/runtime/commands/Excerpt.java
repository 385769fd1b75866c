package dev.cogbot.runtime.commands;

/**
 * What of a user's text a reply may quote back: enough to recognise it, never so much that one
 * hostile message turns into a long reply (or several, once split for Discord).
 */
final class Excerpt {

    /** Longer than any command name, short enough to keep a reply on one line. */
    static final int MAX_QUOTED = 40;

    private Excerpt() {
    }

    /** {@code text} itself if short, else its start followed by an ellipsis. */
    static String of(String text) {
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        int end = MAX_QUOTED;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        return text.substring(0, end) + "…";
    }
}
