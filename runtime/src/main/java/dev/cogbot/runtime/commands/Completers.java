package dev.cogbot.runtime.commands;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Optional;

/**
 * The cog methods that suggest values for a command's slash options
 * ({@link dev.cogbot.api.Arg#complete()}), checked when the cog loads. Which option type an argument
 * becomes is decided in one place, the slash package's {@code CommandSpecs}.
 *
 * <pre>{@code
 * Optional<MethodInvoker> completer = Completers.completer(definition, "id");
 * }</pre>
 */
public final class Completers {

    private Completers() {
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
