package dev.cogbot.plugins.jokes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a chat message is the answer a knock-knock joke is waiting for. People type
 * "Who's there?", "whos there", "WHO IS THERE!!" or use a typographic apostrophe, and all of them
 * should keep the joke going; so both sides are reduced to plain lower-case words before comparing.
 */
final class KnockKnockReplies {

    /** Apostrophes vanish rather than split words, so "who's" and "whos" read the same. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ`´]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** "whose there" is a misspelling, but a common one, and the joke should not stall on it. */
    private static final Set<String> WHOS_THERE = Set.of("whos there", "who is there", "whose there");

    private KnockKnockReplies() {
    }

    /** Whether {@code reply} is the user's "Who's there?". */
    static boolean isWhosThere(String reply) {
        return WHOS_THERE.contains(words(reply));
    }

    /** Whether {@code reply} is the user's "{@code <setup>} who?", e.g. "Lettuce who?". */
    static boolean isSetupWho(String setup, String reply) {
        return words(reply).equals(words(setup + " who"));
    }

    /** Lower-case words separated by single spaces: punctuation, emphasis and spacing removed. */
    static String words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String joined = APOSTROPHES.matcher(lower).replaceAll("");
        return NOT_A_WORD.matcher(joined).replaceAll(" ").strip();
    }
}
