package dev.cogbot.runtime.commands;

import static dev.cogbot.runtime.commands.ConverterRegistry.MAX_TEXT_LENGTH;
import static dev.cogbot.runtime.commands.ConverterRegistry.MAX_VALUE_LENGTH;

import dev.cogbot.api.Durations;
import dev.cogbot.api.error.BadArgument;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The runtime's converters for plain values: text, numbers, yes/no, durations and enum constants.
 * Every conversion is linear in the text and the registry bounds the text first, so no message,
 * however long or odd, can make one slow or make its error message long.
 */
final class ValueConverters {

    private ValueConverters() {
    }

    static void registerInto(ConverterRegistry registry) {
        registry.registerBuiltIn(String.class, "String", MAX_TEXT_LENGTH, true, (spec, ctx, text) -> text);
        number(registry, Integer.class, "int", Integer::parseInt);
        number(registry, Long.class, "long", Long::parseLong);
        number(registry, Double.class, "double", Double::parseDouble);
        registry.registerBuiltIn(Boolean.class, "boolean", MAX_VALUE_LENGTH, true, (spec, ctx, text) -> bool(spec, text));
        registry.registerBuiltIn(Duration.class, "Duration", MAX_VALUE_LENGTH, true, (spec, ctx, text) -> {
            try {
                return Durations.parse(text, spec.unit());
            } catch (IllegalArgumentException e) {
                throw new BadArgument(spec.name(), "<" + spec.name() + ">: " + e.getMessage());
            }
        });
        registry.registerBuiltIn(Enum.class, "an enum", MAX_VALUE_LENGTH, true,
                (spec, ctx, text) -> enumConstant(spec, spec.type(), text));
    }

    private static void number(ConverterRegistry registry, Class<?> type, String label, Function<String, Object> parse) {
        String kind = type == Double.class ? "number" : "whole number";
        registry.registerBuiltIn(type, label, MAX_VALUE_LENGTH, true, (spec, ctx, text) -> {
            try {
                return parse.apply(text.strip());
            } catch (NumberFormatException e) {
                throw new BadArgument(spec.name(), "<" + spec.name() + "> must be a " + kind + ", not '" + text + "'");
            }
        });
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
