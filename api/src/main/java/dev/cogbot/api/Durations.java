package dev.cogbot.api;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations the way people type them in chat: {@code 30s}, {@code 2m}, {@code 1h30m}. */
public final class Durations {

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern PARTS = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern WHOLE = Pattern.compile("(\\s*\\d+\\s*(ms|s|m|h|d)\\s*)+");

    private Durations() {
    }

    /**
     * Parses {@code text}: a bare whole number is taken in {@code bareUnit}; otherwise one or more
     * parts of a number and a unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d}).
     * Negative values are not durations.
     *
     * @throws IllegalArgumentException with a message fit to show a user
     */
    public static Duration parse(String text, ChronoUnit bareUnit) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (BARE_NUMBER.matcher(t).matches()) {
                return Duration.of(Long.parseLong(t), bareUnit);
            }
            if (WHOLE.matcher(t).matches()) {
                Duration total = Duration.ZERO;
                Matcher m = PARTS.matcher(t);
                while (m.find()) {
                    total = total.plus(Duration.of(Long.parseLong(m.group(1)), unit(m.group(2))));
                }
                return total;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration; try 30s, 5m or 1h");
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

    private static ChronoUnit unit(String suffix) {
        return switch (suffix) {
            case "ms" -> ChronoUnit.MILLIS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            case "h" -> ChronoUnit.HOURS;
            case "d" -> ChronoUnit.DAYS;
            default -> throw new IllegalArgumentException("unknown unit " + suffix);
        };
    }
}
