package dev.cogbot.runtime.commands;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Settings;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * One argument of a command, read off its method parameter.
 *
 * @param name     as shown in help and errors
 * @param type     the type each of its words converts to (a {@code List<Member>}'s is {@code Member})
 * @param shape    how many words it takes
 * @param fallback the text used when the user leaves it out; empty if the argument is required
 * @param unit     the unit of a bare number for durations
 * @param help     what it is, for its slash command option; may be empty
 * @param complete the cog method suggesting values for it while a slash command is typed; empty for none
 */
public record ArgumentSpec(String name, Class<?> type, Shape shape, Optional<String> fallback, ChronoUnit unit, String help,
        String complete) {

    /** How many of the user's words an argument takes, and what it makes of them. */
    public enum Shape {
        /** One word. */
        SINGLE,
        /** The rest of the message as typed: {@code @Arg(rest = true) String}. */
        REST,
        /** {@code Optional<T>}: a word if it converts, else empty and the word left for the next argument. */
        OPTIONAL,
        /** {@code List<T>}: as many words in a row as convert, maybe none (discord.py's {@code Greedy}). */
        GREEDY,
        /** {@code T...}: every word left, each of which must convert. */
        VARARGS
    }

    /**
     * Reads a parameter; a fallback named by {@link Arg#setting()} is looked up in {@code settings} now.
     *
     * @throws CogDefinitionException if its type is an {@code Optional} or a {@code List} of something
     *     other than a plain type, naming {@code where}
     */
    static ArgumentSpec of(java.lang.reflect.Parameter parameter, Settings settings, String where) {
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
        Class<?> raw = parameter.getType();
        Shape shape;
        Class<?> type;
        if (parameter.isVarArgs()) {
            shape = Shape.VARARGS;
            type = raw.getComponentType();
        } else if (raw == Optional.class || raw == List.class) {
            shape = raw == Optional.class ? Shape.OPTIONAL : Shape.GREEDY;
            type = elementOf(parameter.getParameterizedType(), where, name);
        } else {
            shape = arg != null && arg.rest() ? Shape.REST : Shape.SINGLE;
            type = raw;
        }
        return new ArgumentSpec(name, type, shape, fallback, unit, arg == null ? "" : arg.help().strip(),
                arg == null ? "" : arg.complete().strip());
    }

    /** {@code Optional<Member>} → {@code Member}; anything less plain is refused. */
    private static Class<?> elementOf(Type declared, String where, String name) {
        if (declared instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element && !element.isArray()
                && element != Optional.class && element != List.class) {
            return element;
        }
        throw new CogDefinitionException(where + ": argument '" + name + "' is a " + declared.getTypeName()
                + "; an Optional or a List argument holds one plain type, e.g. Optional<Member> or List<Integer>");
    }

    /** Whether the user must give it: one word or the rest of the message, with no fallback. */
    public boolean required() {
        return fallback.isEmpty() && (shape == Shape.SINGLE || shape == Shape.REST);
    }

    boolean rest() {
        return shape == Shape.REST;
    }

    /**
     * How the argument reads in a usage line, as discord.py writes it: {@code <name>} or
     * {@code [name]} for one word, {@code <name...>} or {@code [name...]} for the rest of the
     * message or every word left, {@code [name]...} for as many as convert.
     */
    String usage() {
        return switch (shape) {
            case SINGLE, OPTIONAL -> required() ? "<" + name + ">" : "[" + name + "]";
            case REST -> required() ? "<" + name + "...>" : "[" + name + "...]";
            case VARARGS -> "[" + name + "...]";
            case GREEDY -> "[" + name + "]...";
        };
    }
}
