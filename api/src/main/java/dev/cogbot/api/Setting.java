package dev.cogbot.api;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a plugin declares: its key (under the plugin's id), its type, its default and a line of
 * help. A cog lists its settings in {@link Cog#settings()}; the runtime then checks every value an
 * operator set before the plugin loads (a wrong one refuses the load, naming the key, the value and
 * what is expected), warns about keys under the plugin's id that it does not declare (a typo), and
 * lists them all with {@code cogbot plugins --settings}. The cog reads the value with
 * {@link Settings#get(Setting)}, already in its type.
 *
 * <pre>{@code
 * static final Setting<Duration> REPLY_TIMEOUT = Setting.duration("reply-timeout", Duration.ofSeconds(60),
 *         "how long knock_knock waits for each answer").positive();
 *
 * @Override
 * public List<Setting<?>> settings() {
 *     return List.of(REPLY_TIMEOUT);
 * }
 *
 * @Override
 * public void onLoad(Bot bot) {
 *     replyTimeout = bot.settings().get(REPLY_TIMEOUT);   // jokes.reply-timeout, or COGBOT_JOKES_REPLY_TIMEOUT
 * }
 * }</pre>
 *
 * <p>Settings are values, compared by all they declare: two cogs of one plugin may declare the same
 * setting, but not the same key two ways.
 *
 * @param <T> the type the value is read as
 */
public sealed interface Setting<T> permits Setting.Text, Setting.WholeNumber, Setting.TimeSpan, Setting.Flag,
        Setting.Choice {

    /** What a key may look like: lower-case words joined by {@code -} or {@code .}, e.g. {@code reply-timeout}. */
    Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /** The key under the plugin's id: {@code reply-timeout} is {@code jokes.reply-timeout} in the config file. */
    String key();

    /** The value used when the operator set none. */
    T fallback();

    /** One line saying what the setting does, shown by {@code cogbot plugins --settings}. */
    String help();

    /**
     * The type as listings name it: {@code text}, {@code whole number}, {@code duration},
     * {@code yes/no} or {@code one of server, bot}, with its limits, e.g. {@code duration, longer than 0}.
     */
    String type();

    /** What a value must be, to complete "must be …": e.g. {@code a duration such as 30s, 5m or 1h, longer than 0}. */
    String expected();

    /**
     * Reads {@code text} as an operator wrote it (surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the key, the value and what was expected, if it is not a valid value
     */
    T parse(String text);

    /** {@code value} as an operator would write it, e.g. {@code 60s} for a minute; the inverse of {@link #parse}. */
    String format(T value);

    /**
     * A setting read as it is written, e.g. a greeting.
     *
     * <pre>{@code
     * Setting<String> GREETING = Setting.text("greeting", "Hello!", "what the bot says to newcomers");
     * }</pre>
     */
    static Setting<String> text(String key, String fallback, String help) {
        return new Text(key, fallback, help);
    }

    /**
     * A whole number, e.g. {@code 25}; {@link WholeNumber#atLeast} and {@link WholeNumber#atMost} bound it.
     *
     * <pre>{@code
     * Setting<Long> MAX_OPTIONS = Setting.number("max-options", 10, "the most options a poll may have").atLeast(2);
     * }</pre>
     */
    static WholeNumber number(String key, long fallback, String help) {
        return new WholeNumber(key, fallback, help, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * A duration written as in chat: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 250ms}; a bare
     * number is seconds (see {@link TimeSpan#bareNumbersIn}). Read by {@link Durations#parse}, so at
     * most {@link Durations#MAX}.
     *
     * <pre>{@code
     * Setting<Duration> INTERVAL = Setting.duration("interval", Duration.ofMinutes(1), "how often to refresh").positive();
     * }</pre>
     */
    static TimeSpan duration(String key, Duration fallback, String help) {
        return new TimeSpan(key, fallback, help, ChronoUnit.SECONDS, Duration.ZERO, false, Durations.MAX);
    }

    /**
     * Yes or no: {@code true}/{@code false}, also {@code yes}/{@code no} and {@code on}/{@code off}.
     *
     * <pre>{@code
     * Setting<Boolean> ANNOUNCE = Setting.flag("announce", false, "whether to say when a reminder is set");
     * }</pre>
     */
    static Setting<Boolean> flag(String key, boolean fallback, String help) {
        return new Flag(key, fallback, help);
    }

    /**
     * One of an enum's constants, written in lower case with {@code -} for {@code _}: constant
     * {@code EVERY_SERVER} is written {@code every-server}.
     *
     * <pre>{@code
     * enum Scope { SERVER, BOT }
     * Setting<Scope> SCOPE = Setting.choice("scope", Scope.class, Scope.SERVER, "what a hush mutes");
     * }</pre>
     */
    static <E extends Enum<E>> Setting<E> choice(String key, Class<E> type, E fallback, String help) {
        return new Choice<>(key, type, fallback, help);
    }

    /** A text setting. */
    record Text(String key, String fallback, String help) implements Setting<String> {
        public Text {
            checked(key, fallback, help);
        }

        @Override
        public String type() {
            return "text";
        }

        @Override
        public String expected() {
            return "text";
        }

        @Override
        public String parse(String text) {
            return text.strip();
        }

        @Override
        public String format(String value) {
            return value;
        }
    }

    /**
     * A whole-number setting, between {@code least} and {@code most}.
     *
     * @param least the smallest value allowed
     * @param most  the largest value allowed
     */
    record WholeNumber(String key, Long fallback, String help, long least, long most) implements Setting<Long> {
        public WholeNumber {
            checked(key, fallback, help);
            if (least > most) {
                throw new IllegalArgumentException("setting " + key + ": at least " + least + " and at most " + most
                        + " leave no value");
            }
            if (fallback < least || fallback > most) {
                throw new IllegalArgumentException("setting " + key + ": the default " + fallback
                        + " is outside its own limits: " + limits(least, most));
            }
        }

        /** This setting, refusing values below {@code least}. */
        public WholeNumber atLeast(long least) {
            return new WholeNumber(key, fallback, help, least, most);
        }

        /** This setting, refusing values above {@code most}. */
        public WholeNumber atMost(long most) {
            return new WholeNumber(key, fallback, help, least, most);
        }

        @Override
        public String type() {
            String limits = limits(least, most);
            return "whole number" + (limits.isEmpty() ? "" : ", " + limits);
        }

        @Override
        public String expected() {
            String limits = limits(least, most);
            return "a whole number" + (limits.isEmpty() ? "" : " " + limits);
        }

        @Override
        public Long parse(String text) {
            long value;
            try {
                value = Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw refusal(this, text);
            }
            if (value < least || value > most) {
                throw refusal(this, text);
            }
            return value;
        }

        @Override
        public String format(Long value) {
            return Long.toString(value);
        }

        private static String limits(long least, long most) {
            if (least == Long.MIN_VALUE) {
                return most == Long.MAX_VALUE ? "" : "at most " + most;
            }
            return most == Long.MAX_VALUE ? "at least " + least : "from " + least + " to " + most;
        }
    }

    /**
     * A duration setting, within its limits.
     *
     * @param bareUnit the unit of a bare number, e.g. {@code 5}
     * @param least    the shortest duration allowed
     * @param mustBePositive whether the duration must be longer than zero
     * @param most     the longest duration allowed
     */
    record TimeSpan(String key, Duration fallback, String help, ChronoUnit bareUnit, Duration least, boolean mustBePositive,
                    Duration most) implements Setting<Duration> {
        public TimeSpan {
            checked(key, fallback, help);
            Objects.requireNonNull(bareUnit, "bareUnit");
            Objects.requireNonNull(least, "least");
            Objects.requireNonNull(most, "most");
            if (!allows(fallback, least, mustBePositive, most)) {
                throw new IllegalArgumentException("setting " + key + ": the default " + Durations.format(fallback)
                        + " is outside its own limits: " + limits(least, mustBePositive, most));
            }
        }

        /** This setting, refusing zero (a loop every 0s would spin). */
        public TimeSpan positive() {
            return new TimeSpan(key, fallback, help, bareUnit, least, true, most);
        }

        /** This setting, refusing durations shorter than {@code least}. */
        public TimeSpan atLeast(Duration least) {
            return new TimeSpan(key, fallback, help, bareUnit, least, mustBePositive, most);
        }

        /** This setting, refusing durations longer than {@code most}. */
        public TimeSpan atMost(Duration most) {
            return new TimeSpan(key, fallback, help, bareUnit, least, mustBePositive, most);
        }

        /**
         * This setting, reading a bare number in {@code unit}: as a command argument with the same unit
         * reads it, when the setting is that argument's default.
         */
        public TimeSpan bareNumbersIn(ChronoUnit unit) {
            return new TimeSpan(key, fallback, help, unit, least, mustBePositive, most);
        }

        @Override
        public String type() {
            String limits = limits(least, mustBePositive, most);
            return "duration" + (limits.isEmpty() ? "" : ", " + limits);
        }

        @Override
        public String expected() {
            String limits = limits(least, mustBePositive, most);
            String bare = bareUnit == ChronoUnit.SECONDS ? "" : " (a bare number is " + bareUnit.toString().toLowerCase(Locale.ROOT) + ")";
            return "a duration such as 30s, 5m or 1h" + bare + (limits.isEmpty() ? "" : ", " + limits);
        }

        @Override
        public Duration parse(String text) {
            Duration value;
            try {
                value = Durations.parse(text, bareUnit);
            } catch (IllegalArgumentException e) {
                throw refusal(this, text);
            }
            if (!allows(value, least, mustBePositive, most)) {
                throw refusal(this, text);
            }
            return value;
        }

        @Override
        public String format(Duration value) {
            return Durations.format(value);
        }

        private static boolean allows(Duration value, Duration least, boolean positive, Duration most) {
            return value.compareTo(least) >= 0 && value.compareTo(most) <= 0 && !(positive && value.isZero());
        }

        private static String limits(Duration least, boolean positive, Duration most) {
            String lower = least.isZero() || least.isNegative()
                    ? (positive ? "longer than 0" : "")
                    : "at least " + Durations.format(least);
            String upper = most.equals(Durations.MAX) ? "" : "at most " + Durations.format(most);
            return lower.isEmpty() || upper.isEmpty() ? lower + upper : lower + " and " + upper;
        }
    }

    /** A yes/no setting. */
    record Flag(String key, Boolean fallback, String help) implements Setting<Boolean> {
        public Flag {
            checked(key, fallback, help);
        }

        @Override
        public String type() {
            return "yes/no";
        }

        @Override
        public String expected() {
            return "true or false";
        }

        @Override
        public Boolean parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw refusal(this, text);
            };
        }

        @Override
        public String format(Boolean value) {
            return value.toString();
        }
    }

    /**
     * A setting that is one of an enum's constants.
     *
     * @param enumType the enum
     */
    record Choice<E extends Enum<E>>(String key, Class<E> enumType, E fallback, String help) implements Setting<E> {
        public Choice {
            checked(key, fallback, help);
            Objects.requireNonNull(enumType, "enumType");
        }

        /** The values an operator may write, in the enum's order. */
        public List<String> values() {
            return Arrays.stream(enumType.getEnumConstants()).map(this::format).toList();
        }

        @Override
        public String type() {
            return "one of " + String.join(", ", values());
        }

        @Override
        public String expected() {
            List<String> values = values();
            String last = values.getLast();
            return values.size() == 1 ? last
                    : String.join(", ", values.subList(0, values.size() - 1)) + " or " + last;
        }

        @Override
        public E parse(String text) {
            String written = text.strip().toLowerCase(Locale.ROOT);
            for (E constant : enumType.getEnumConstants()) {
                if (format(constant).equals(written)) {
                    return constant;
                }
            }
            throw refusal(this, text);
        }

        @Override
        public String format(E value) {
            return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static void checked(String key, Object fallback, String help) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(help, "help");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key '" + key + "' must be lower-case words joined by - or ., "
                    + "e.g. reply-timeout");
        }
    }

    private static IllegalArgumentException refusal(Setting<?> setting, String text) {
        return new IllegalArgumentException("setting " + setting.key() + " must be " + setting.expected()
                + ", got '" + text.strip() + "'");
    }
}
