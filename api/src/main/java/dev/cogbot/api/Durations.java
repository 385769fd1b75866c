package dev.cogbot.api;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Reads and writes durations the way people type them in chat: {@code 30s}, {@code 2m}, {@code 1h30m}.
 *
 * <pre>{@code
 * Duration d = Durations.parse("1h30m", ChronoUnit.MINUTES); // PT1H30M
 * String s = Durations.format(d);                            // "1h30m"
 * }</pre>
 */
public final class Durations {

    /**
     * The longest text {@link #parse} reads. Far more than any duration a person types
     * ({@code "1d 23h 59m 59s 999ms"} is 20), and small enough that an error quoting it is one short line.
     */
    public static final int MAX_LENGTH = 64;

    /**
     * The longest duration {@link #parse} returns: a hundred years. Longer ones are refused, so that
     * whatever a user types can be slept on, added to the bot's clock and counted in milliseconds.
     */
    public static final Duration MAX = Duration.ofDays(36_500);

    private Durations() {
    }

    /**
     * Parses {@code text}: a bare whole number is taken in {@code bareUnit}; otherwise one or more
     * parts of a number and a unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d}).
     * Negative values are not durations, nor are durations longer than {@link #MAX}. Reading takes
     * time linear in the text, which may be at most {@link #MAX_LENGTH} characters.
     *
     * @throws IllegalArgumentException with a message fit to show a user
     */
    public static Duration parse(String text, ChronoUnit bareUnit) {
        String typed = text.strip();
        if (typed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a duration of " + typed.length() + " characters is too long to read; "
                    + "try 30s, 5m or 1h");
        }
        String t = typed.toLowerCase(Locale.ROOT);
        try {
            Duration parsed = new Scan(t).duration(bareUnit);
            if (parsed != null && parsed.compareTo(MAX) > 0) {
                throw new ArithmeticException("longer than " + MAX);
            }
            if (parsed != null) {
                return parsed;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + typed + "' is too long a duration");
        }
        throw new IllegalArgumentException("'" + typed + "' is not a duration; try 30s, 5m or 1h");
    }

    /** Formats a duration briefly, e.g. {@code 1h30m}, {@code 45s}, {@code 250ms}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        if (duration.compareTo(Duration.ofMillis(1)) < 0) {
            return duration.toNanos() + "ns";
        }
        StringBuilder out = new StringBuilder();
        long days = duration.toDays();
        if (days > 0) out.append(days).append('d');
        if (duration.toHoursPart() > 0) out.append(duration.toHoursPart()).append('h');
        if (duration.toMinutesPart() > 0) out.append(duration.toMinutesPart()).append('m');
        if (duration.toSecondsPart() > 0) out.append(duration.toSecondsPart()).append('s');
        if (duration.toMillisPart() > 0) out.append(duration.toMillisPart()).append("ms");
        return out.toString();
    }

    /**
     * One left-to-right pass over stripped, lower-case text: a bare number, or parts of
     * {@code <number> [spaces] <unit> [spaces]}. Hand-written rather than a regular expression,
     * because a repeated group in {@code java.util.regex} recurses once per part and a few hundred
     * parts overflow the stack.
     */
    private static final class Scan {

        private final String text;
        private int at;

        Scan(String text) {
            this.text = text;
        }

        /** The duration read, or null if the text is not one. */
        Duration duration(ChronoUnit bareUnit) {
            if (text.isEmpty()) {
                return null;
            }
            String first = number();
            if (first != null && at == text.length()) {
                return Duration.of(Long.parseLong(first), bareUnit);
            }
            at = 0;
            Duration total = Duration.ZERO;
            while (at < text.length()) {
                String amount = number();
                if (amount == null) {
                    return null;
                }
                skipSpaces();
                ChronoUnit unit = unit();
                if (unit == null) {
                    return null;
                }
                skipSpaces();
                total = total.plus(Duration.of(Long.parseLong(amount), unit));
            }
            return total;
        }

        private String number() {
            int start = at;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            return at == start ? null : text.substring(start, at);
        }

        private ChronoUnit unit() {
            if (at >= text.length()) {
                return null;
            }
            char c = text.charAt(at++);
            return switch (c) {
                case 'm' -> {
                    if (at < text.length() && text.charAt(at) == 's') {
                        at++;
                        yield ChronoUnit.MILLIS;
                    }
                    yield ChronoUnit.MINUTES;
                }
                case 's' -> ChronoUnit.SECONDS;
                case 'h' -> ChronoUnit.HOURS;
                case 'd' -> ChronoUnit.DAYS;
                default -> null;
            };
        }

        private void skipSpaces() {
            while (at < text.length() && isSpace(text.charAt(at))) {
                at++;
            }
        }

        /** ASCII digits only, as people type them; {@link Long#parseLong} would take other scripts' digits too. */
        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }
}
