package dev.cogbot.runtime.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command's argument text into words. Double quotes group words ({@code "two words"});
 * apostrophes do not, because people type {@code who's} far more often than they quote.
 */
final class Tokenizer {

    /** A word and where it starts in the text, so a rest-of-line argument can take the text as typed. */
    record Token(String text, int start) {
    }

    private Tokenizer() {
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            while (i < n && (quoted || !Character.isWhitespace(text.charAt(i)))) {
                char c = text.charAt(i++);
                if (c == '"') {
                    quoted = !quoted;
                } else {
                    word.append(c);
                }
            }
            tokens.add(new Token(word.toString(), start));
        }
        return tokens;
    }
}
