package dev.cogbot.plugins.hush;

import dev.cogbot.api.Durations;
import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** What {@code !hush <argument>} asks for: a hush of some length, or ({@code off}) the end of the current one. */
sealed interface HushRequest {

    /** The command's names: {@code hush} and its aliases. */
    Set<String> HUSH_NAMES = Set.of("hush", "quiet", "shush", "sh");
    String UNHUSH = "unhush";
    /** The name of {@code hush}'s argument, which is also its slash option's. */
    String DURATION = "duration";

    record For(Duration duration) implements HushRequest {
    }

    record Off() implements HushRequest {
    }

    /**
     * Reads the argument of {@code !hush}; a bare number is minutes.
     *
     * @throws BadArgument naming {@code duration} if it is neither a duration nor {@code off}
     */
    static HushRequest parse(String argument) {
        if (argument.strip().equalsIgnoreCase("off")) {
            return new Off();
        }
        try {
            return new For(Durations.parse(argument, ChronoUnit.MINUTES));
        } catch (IllegalArgumentException e) {
            throw new BadArgument(HushRequest.DURATION, "<duration>: " + e.getMessage());
        }
    }

    /**
     * Whether {@code content} is {@code !hush off} or {@code !unhush} (with any alias of hush), or
     * their slash forms {@code /hush duration:off} and {@code /unhush} (with {@code "/"} as the
     * prefix): the commands that get through a hush, to end it. The bot check reads the words
     * because it runs before the command's arguments are converted.
     */
    static boolean endsAHush(String content, String prefix) {
        if (!content.startsWith(prefix)) {
            return false;
        }
        String command = content.substring(prefix.length());
        if (command.isEmpty() || Character.isWhitespace(command.charAt(0))) {
            return false; // as for any command, the name follows the prefix directly
        }
        String[] words = command.strip().split("\\s+");
        return words[0].equals(UNHUSH)
                || HUSH_NAMES.contains(words[0]) && words.length > 1 && isOff(words[1]);
    }

    /** {@code off}, or the slash option {@code duration:off}. */
    private static boolean isOff(String word) {
        String value = word.regionMatches(true, 0, DURATION + ":", 0, DURATION.length() + 1)
                ? word.substring(DURATION.length() + 1) : word;
        return value.equalsIgnoreCase("off");
    }
}
