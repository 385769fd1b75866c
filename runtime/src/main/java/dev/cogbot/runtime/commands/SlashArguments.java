package dev.cogbot.runtime.commands;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command's arguments as slash command options see them, and the cog methods that suggest their
 * values ({@link dev.cogbot.api.Arg#complete()}), which are checked when the cog loads.
 *
 * <pre>{@code
 * for (SlashArguments.Argument argument : SlashArguments.of(definition)) {
 *     System.out.println(argument.name() + ": " + argument.type().getSimpleName());
 * }
 * }</pre>
 */
public final class SlashArguments {

    private SlashArguments() {
    }

    /**
     * One argument.
     *
     * @param type     what each of its values converts to
     * @param required whether the command cannot run without it
     * @param words    whether its value is read as several words (a {@code List} or varargs argument)
     * @param complete the cog method suggesting its values; empty for none
     */
    public record Argument(String name, Class<?> type, boolean required, boolean words, String complete) {
    }

    /** The command's arguments, in order. */
    public static List<Argument> of(CommandDefinition command) {
        List<Argument> arguments = new ArrayList<>();
        for (ArgumentSpec spec : command.arguments()) {
            arguments.add(new Argument(spec.name(), spec.type(), spec.required(),
                    spec.shape() == ArgumentSpec.Shape.GREEDY || spec.shape() == ArgumentSpec.Shape.VARARGS,
                    spec.complete()));
        }
        return List.copyOf(arguments);
    }

    /** The method suggesting values for {@code option} of {@code command}, if it has one. */
    public static Optional<MethodInvoker> completer(CommandDefinition command, String option) {
        return command.arguments().stream()
                .filter(spec -> spec.name().equals(option) && !spec.complete().isEmpty())
                .findFirst()
                .map(spec -> new MethodInvoker(completerMethod(command, spec)));
    }

    /**
     * Refuses a command whose {@code @Arg(complete = …)} names no fitting method of its cog, naming
     * the method and saying what to write.
     */
    static void checkCompleters(List<CommandDefinition> definitions) {
        for (CommandDefinition definition : definitions) {
            for (ArgumentSpec spec : definition.arguments()) {
                if (!spec.complete().isEmpty()) {
                    completerMethod(definition, spec);
                }
            }
        }
    }

    private static Method completerMethod(CommandDefinition definition, ArgumentSpec spec) {
        Class<?> cog = definition.cog().cog().getClass();
        String where = "@Arg(complete = \"" + spec.complete() + "\") on argument '" + spec.name() + "' of "
                + MethodInvoker.describe(definition.invoker().method());
        String wanted = "List<String> " + spec.complete() + "(String typed)";
        Method found = null;
        for (Class<?> c = cog; c != null && c != Object.class && found == null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(spec.complete()) && !method.isSynthetic()) {
                    found = method;
                    if (fits(method)) {
                        return method;
                    }
                }
            }
        }
        if (found == null) {
            throw new CogDefinitionException(where + " names a method " + cog.getSimpleName()
                    + " does not have; add " + wanted + " to it");
        }
        throw new CogDefinitionException(where + ": " + MethodInvoker.describe(found) + " must be declared as "
                + wanted);
    }

    private static boolean fits(Method method) {
        return method.getReturnType() == List.class
                && method.getGenericReturnType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class
                && method.getParameterCount() == 1 && method.getParameterTypes()[0] == String.class
                && !java.lang.reflect.Modifier.isStatic(method.getModifiers());
    }
}
