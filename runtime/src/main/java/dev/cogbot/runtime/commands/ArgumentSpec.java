package dev.cogbot.runtime.commands;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Settings;
import dev.cogbot.api.error.BadArgument;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One argument of a command, read off its method parameter.
 *
 * @param name     as shown in help and errors
 * @param type     the parameter's type
 * @param fallback the text used when the user leaves it out; empty if the argument is required
 * @param unit     the unit of a bare number for durations
 * @param rest     whether it takes the rest of the message
 */
record ArgumentSpec(String name, Class<?> type, Optional<String> fallback, ChronoUnit unit, boolean rest) {

    /** Reads a parameter; a fallback named by {@link Arg#setting()} is looked up in {@code settings} now. */
    static ArgumentSpec of(java.lang.reflect.Parameter parameter, Settings settings) {
        Arg arg = parameter.getAnnotation(Arg.class);
        String name = arg != null && !arg.value().isBlank() ? arg.value() : parameter.getName();
        Optional<String> fallback = arg == null || Arg.REQUIRED.equals(arg.fallback())
                ? Optional.empty() : Optional.of(arg.fallback());
        if (arg != null && !arg.setting().isBlank()) {
            Optional<String> configured = settings.get(arg.setting());
            if (configured.isPresent()) {
                fallback = configured;
            }
        }
        ChronoUnit unit = arg == null ? ChronoUnit.SECONDS : arg.unit();
        boolean rest = arg != null && arg.rest();
        return new ArgumentSpec(name, parameter.getType(), fallback, unit, rest);
    }

    boolean required() {
        return fallback.isEmpty();
    }

    /** How the argument reads in a usage line: {@code <name>}, {@code [name]} or {@code [name...]}. */
    String usage() {
        String inner = rest ? name + "..." : name;
        return required() ? "<" + inner + ">" : "[" + inner + "]";
    }

    Object convert(String text) throws BadArgument {
        return Converters.convert(this, text);
    }
}
