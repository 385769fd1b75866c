package dev.cogbot.plugins.poll;

import dev.cogbot.api.error.BadArgument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a poll's answers from one line, as typed after the question: separated by commas when there
 * is a comma ({@code pizza, fish and chips, tacos}, what reads well in a slash command's option),
 * otherwise one per word, with double quotes grouping words ({@code pizza "fish and chips" tacos},
 * what reads well after {@code !poll}).
 *
 * <pre>{@code
 * PollOptions.parse("pizza, sushi, tacos")   // [pizza, sushi, tacos]
 * PollOptions.parse("pizza \"fish and chips\"") // [pizza, fish and chips]
 * }</pre>
 */
final class PollOptions {

    static final String ARGUMENT = "options";

    private PollOptions() {
    }

    /**
     * @throws BadArgument if there are fewer than {@link Poll#MIN_OPTIONS} or more than
     *                     {@link Poll#MAX_OPTIONS} answers, one is too long for a button, or two are the same
     */
    static List<String> parse(String text) {
        List<String> options = text.contains(",") ? byCommas(text) : byWords(text);
        if (options.size() < Poll.MIN_OPTIONS || options.size() > Poll.MAX_OPTIONS) {
            throw new BadArgument(ARGUMENT, "a poll has " + Poll.MIN_OPTIONS + " to " + Poll.MAX_OPTIONS
                    + " answers, not " + options.size() + "; separate them with commas or spaces, e.g. pizza, sushi, tacos");
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.length() > Poll.MAX_OPTION) {
                throw new BadArgument(ARGUMENT, "an answer is at most " + Poll.MAX_OPTION + " characters (a button's label);"
                        + " one has " + option.length());
            }
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                throw new BadArgument(ARGUMENT, "'" + option + "' is given twice; each answer gets one button");
            }
        }
        return options;
    }

    private static List<String> byCommas(String text) {
        List<String> options = new ArrayList<>();
        for (String part : text.split(",")) {
            String option = part.replace("\"", "").strip();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    private static List<String> byWords(String text) {
        List<String> options = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                addStripped(options, word);
            } else {
                word.append(c);
            }
        }
        addStripped(options, word);
        return options;
    }

    private static void addStripped(List<String> options, StringBuilder word) {
        String option = word.toString().strip();
        if (!option.isEmpty()) {
            options.add(option);
        }
        word.setLength(0);
    }
}
