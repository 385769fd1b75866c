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
            throw new BadArgument("duration", "<duration>: " + e.getMessage());
        }
    }

    /**
     * Whether {@code content} is {@code !hush off} or {@code !unhush} (with any alias of hush). A hush
     * waits for such a message rather than for the command it runs, since the command runs only after
     * the message is offered to the waits.
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
                || HUSH_NAMES.contains(words[0]) && words.length > 1 && words[1].equalsIgnoreCase("off");
    }
}
