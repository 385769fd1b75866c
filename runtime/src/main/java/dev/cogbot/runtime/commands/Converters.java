package dev.cogbot.runtime.commands;

import dev.cogbot.api.Durations;
import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a user's words into a parameter's type, or says plainly why it can't. Every conversion is
 * linear in the text and the text is bounded first, so no message, however long or odd, can make
 * one slow or make its error message long.
 */
final class Converters {

    /** The most a text argument may hold: what Discord lets a person send in one message. */
    static final int MAX_TEXT_LENGTH = 4000;

    /** The most a number, yes/no, duration or choice may hold; far beyond any real one. */
    static final int MAX_VALUE_LENGTH = 100;

    private Converters() {
    }

    /** Whether a parameter of {@code type} can be converted at all; checked when a cog loads. */
    static boolean supports(Class<?> type) {
        return type == String.class || type == int.class || type == Integer.class || type == long.class
                || type == Long.class || type == double.class || type == Double.class || type == boolean.class
                || type == Boolean.class || type == Duration.class || type.isEnum();
    }

    static Object convert(ArgumentSpec spec, String text) {
        Class<?> type = spec.type();
        checkLength(spec, text);
        try {
            if (type == String.class) {
                return text;
            }
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(text.strip());
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(text.strip());
            }
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(text.strip());
            }
            if (type == boolean.class || type == Boolean.class) {
                return bool(spec, text);
            }
            if (type == Duration.class) {
                return Durations.parse(text, spec.unit());
            }
            if (type.isEnum()) {
                return enumConstant(spec, type, text);
            }
        } catch (NumberFormatException e) {
            throw new BadArgument(spec.name(), "<" + spec.name() + "> must be a " + numberKind(type) + ", not '" + text + "'");
        } catch (IllegalArgumentException e) {
            throw new BadArgument(spec.name(), "<" + spec.name() + ">: " + e.getMessage());
        }
        throw new IllegalStateException("no converter for " + type);
    }

    /** Refuses over-long text before any parsing, naming the limit instead of quoting the text back. */
    private static void checkLength(ArgumentSpec spec, String text) {
        int limit = spec.type() == String.class ? MAX_TEXT_LENGTH : MAX_VALUE_LENGTH;
        if (text.length() > limit) {
            throw new BadArgument(spec.name(), "<" + spec.name() + "> is too long (" + text.length()
                    + " characters); it takes at most " + limit);
        }
    }

    private static String numberKind(Class<?> type) {
        return type == double.class || type == Double.class ? "number" : "whole number";
    }

    private static Boolean bool(ArgumentSpec spec, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "on", "1", "enable", "enabled" -> true;
            case "no", "n", "false", "off", "0", "disable", "disabled" -> false;
            default -> throw new BadArgument(spec.name(), "<" + spec.name() + "> must be yes or no, not '" + text + "'");
        };
    }

    private static Object enumConstant(ArgumentSpec spec, Class<?> type, String text) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text.strip())) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new BadArgument(spec.name(), "<" + spec.name() + "> must be one of " + choices + ", not '" + text + "'");
    }
}
