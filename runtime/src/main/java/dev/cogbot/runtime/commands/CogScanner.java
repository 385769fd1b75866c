package dev.cogbot.runtime.commands;

import dev.cogbot.api.AfterInvoke;
import dev.cogbot.api.BeforeInvoke;
import dev.cogbot.api.Check;
import dev.cogbot.api.checks.NamedCheck;
import dev.cogbot.api.Command;
import dev.cogbot.api.CommandCheck;
import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.Context;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.Hook;
import dev.cogbot.api.Slash;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.CommandInvokeError;
import dev.cogbot.api.Arg;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a cog's annotated methods into {@link CommandDefinition}s, and rejects a wrongly declared
 * cog at load time with a message that names the method and says what to change.
 */
public final class CogScanner {

    private static final Logger log = LoggerFactory.getLogger(CogScanner.class);

    private CogScanner() {
    }

    /**
     * Whether help and errors would show {@code parameter} as {@code arg0}: its class was compiled
     * without {@code -parameters} and no {@link Arg#value()} names it.
     */
    static boolean lacksName(Parameter parameter) {
        Arg arg = parameter.getAnnotation(Arg.class);
        return !parameter.isNamePresent() && (arg == null || arg.value().isBlank());
    }

    public static List<CommandDefinition> scan(CogBinding binding) {
        List<Method> methods = methodsOf(binding.cog().getClass());
        Map<String, CommandParts> parts = new LinkedHashMap<>();
        Map<String, CommandParts> byName = new HashMap<>();
        for (Method method : methods) {
            Command command = method.getAnnotation(Command.class);
            if (command != null) {
                CommandParts draft = new CommandParts(binding, method, command);
                parts.put(draft.name, draft);
                for (String name : draft.names()) {
                    if (byName.putIfAbsent(name, draft) != null) {
                        throw new CogDefinitionException(binding.cog().getClass().getSimpleName()
                                + " declares the command name '" + name + "' twice");
                    }
                }
            }
        }
        for (Method method : methods) {
            attach(binding, method, CommandCheck.class, CommandCheck::value, byName,
                    (draft, m) -> draft.checks.add(check(binding, m)), boolean.class, Context.class);
            attach(binding, method, BeforeInvoke.class, BeforeInvoke::value, byName,
                    (draft, m) -> draft.before.add(hook(binding, m)), void.class, Context.class);
            attach(binding, method, AfterInvoke.class, AfterInvoke::value, byName,
                    (draft, m) -> draft.after.add(hook(binding, m)), void.class, Context.class);
            attach(binding, method, dev.cogbot.api.OnError.class, dev.cogbot.api.OnError::value, byName,
                    (draft, m) -> draft.errorHandlers.add(errorHandler(binding, m)), void.class, Context.class, CommandError.class);
        }
        List<CommandDefinition> definitions = parts.values().stream().map(CommandParts::build)
                .sorted(Comparator.comparing(CommandDefinition::name)).toList();
        Completers.checkCompleters(definitions);
        return definitions;
    }

    /**
     * Checks that every argument of {@code definitions} has a converter its plugin sees, and tries
     * out the fallbacks that can be converted without an invocation. Called once the plugin's cogs
     * have run {@code onLoad}, where a plugin registers converters for its own types.
     *
     * @throws CogDefinitionException naming the command, the argument and the types there are converters for
     */
    /**
     * Chooses each argument's converter for good, or refuses the cog naming the argument nothing
     * converts; a fallback that can be tried out without an invocation is tried out now.
     */
    public static void checkConverters(List<CommandDefinition> definitions, ConverterRegistry converters) {
        for (CommandDefinition definition : definitions) {
            String pluginId = definition.cog().pluginId();
            String where = "@Command " + MethodInvoker.describe(definition.invoker().method());
            List<ConverterRegistry.Entry> resolved = new ArrayList<>();
            for (ArgumentSpec spec : definition.arguments()) {
                ConverterRegistry.Entry entry = converters.find(pluginId, spec.type()).orElseThrow(() ->
                        new CogDefinitionException(where + ": argument '" + spec.name() + "' has type "
                                + spec.type().getSimpleName() + ", which nothing converts; use one of "
                                + converters.describe(pluginId) + ", or register a converter for it with"
                                + " bot.addConverter in onLoad"));
                resolved.add(entry);
                if (spec.fallback().isPresent() && entry.pure()) {
                    try {
                        ArgumentReader.convert(entry, spec, null, spec.fallback().get());
                    } catch (dev.cogbot.api.error.BadArgument e) {
                        throw new CogDefinitionException(where + ": the fallback of <" + spec.name() + "> is wrong: "
                                + e.getMessage());
                    }
                }
            }
            definition.converters().resolve(resolved);
        }
    }

    /** {@code knockKnock} → {@code knock_knock}. */
    static String snakeCase(String methodName) {
        return methodName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static List<Method> methodsOf(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(Arrays.asList(c.getDeclaredMethods()));
        }
        methods.removeIf(Method::isSynthetic);
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private interface Attacher {
        void attach(CommandParts draft, Method method);
    }

    private static <A extends Annotation> void attach(CogBinding binding, Method method, Class<A> kind,
            Function<A, String[]> targets, Map<String, CommandParts> byName, Attacher attacher,
            Class<?> returns, Class<?>... parameters) {
        A annotation = method.getAnnotation(kind);
        if (annotation == null) {
            return;
        }
        String where = "@" + kind.getSimpleName() + " on " + MethodInvoker.describe(method);
        if (method.getReturnType() != returns || !Arrays.equals(method.getParameterTypes(), parameters)) {
            throw new CogDefinitionException(where + " must be declared as " + returns.getSimpleName() + " "
                    + method.getName() + "(" + Arrays.stream(parameters).map(Class::getSimpleName)
                    .reduce((a, b) -> a + ", " + b).orElse("") + ")");
        }
        for (String target : targets.apply(annotation)) {
            CommandParts draft = byName.get(target.toLowerCase(Locale.ROOT));
            if (draft == null) {
                throw new CogDefinitionException(where + " names '" + target + "', which is not a command of "
                        + binding.cog().getClass().getSimpleName());
            }
            attacher.attach(draft, method);
        }
    }

    private static Check check(CogBinding binding, Method method) {
        MethodInvoker invoker = new MethodInvoker(method);
        return new NamedCheck(binding.cog().getClass().getSimpleName() + "." + method.getName(),
                ctx -> (Boolean) call(invoker, binding.cog(), ctx));
    }

    private static Hook hook(CogBinding binding, Method method) {
        MethodInvoker invoker = new MethodInvoker(method);
        return ctx -> call(invoker, binding.cog(), ctx);
    }

    private static ErrorHandler errorHandler(CogBinding binding, Method method) {
        MethodInvoker invoker = new MethodInvoker(method);
        return (ctx, error) -> call(invoker, binding.cog(), ctx, error);
    }

    /** Calls a cog method, letting command errors and other unchecked exceptions through as they are. */
    static Object call(MethodInvoker invoker, Object target, Object... arguments) {
        try {
            return invoker.invoke(target, arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new CommandInvokeError(checked);
        }
    }

    /** A command being assembled from its method and the hooks that name it. */
    private static final class CommandParts {
        final CogBinding binding;
        final Method method;
        final String name;
        final List<String> aliases;
        final Command command;
        final List<ArgumentSpec> arguments = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        final List<Hook> before = new ArrayList<>();
        final List<Hook> after = new ArrayList<>();
        final List<ErrorHandler> errorHandlers = new ArrayList<>();

        CommandParts(CogBinding binding, Method method, Command command) {
            this.binding = binding;
            this.method = method;
            this.command = command;
            this.name = (command.name().isBlank() ? snakeCase(method.getName()) : command.name()).toLowerCase(Locale.ROOT);
            this.aliases = Arrays.stream(command.aliases()).map(a -> a.toLowerCase(Locale.ROOT)).toList();
            readArguments();
        }

        List<String> names() {
            List<String> names = new ArrayList<>(aliases);
            names.addFirst(name);
            return names;
        }

        private void readArguments() {
            String where = "@Command " + MethodInvoker.describe(method);
            var parameters = method.getParameters();
            if (parameters.length == 0 || parameters[0].getType() != Context.class) {
                throw new CogDefinitionException(where + " must take a Context as its first parameter");
            }
            List<String> unnamed = new ArrayList<>();
            for (int i = 1; i < parameters.length; i++) {
                ArgumentSpec spec = ArgumentSpec.of(parameters[i], binding.bot().settings(), where);
                if (lacksName(parameters[i])) {
                    unnamed.add(spec.name());
                }
                checkShape(where, spec, i == parameters.length - 1);
                arguments.add(spec);
            }
            if (!unnamed.isEmpty()) {
                // not fatal: the command works, only its help and error messages read worse
                log.warn("{} has arguments without names, shown as {} in help and errors: compile the plugin with"
                        + " -parameters or name them with @Arg(\"name\")", where, unnamed);
            }
        }

        private static void checkShape(String where, ArgumentSpec spec, boolean last) {
            String problem = switch (spec.shape()) {
                case REST -> last && spec.type() == String.class ? null
                        : "only the last argument, a String, can take the rest of the message";
                case GREEDY -> spec.type() == String.class
                        ? "a List<String> would take every word; use String... or @Arg(rest = true) String" : null;
                case SINGLE, OPTIONAL, VARARGS -> null;
            };
            if (problem == null && spec.shape() != ArgumentSpec.Shape.SINGLE && spec.shape() != ArgumentSpec.Shape.REST
                    && spec.fallback().isPresent()) {
                problem = "argument '" + spec.name() + "' is an Optional, a List or varargs, which is empty when left"
                        + " out; it takes no fallback";
            }
            if (problem != null) {
                throw new CogDefinitionException(where + ": " + problem);
            }
        }

        CommandDefinition build() {
            String where = MethodInvoker.describe(method);
            // the cog class's ready-made checks, then the method's, then its @CommandCheck methods
            List<Check> allChecks = new ArrayList<>(CheckAnnotations.checksOf(binding.cog().getClass(),
                    binding.cog().getClass().getSimpleName()));
            allChecks.addAll(CheckAnnotations.checksOf(method, where));
            allChecks.addAll(checks);
            String usage = command.usage().isBlank()
                    ? String.join(" ", arguments.stream().map(ArgumentSpec::usage).toList())
                    : command.usage();
            CommandInfo info = new CommandInfo(name, aliases, usage, command.help().strip(), binding.name(), binding.pluginId());
            return new CommandDefinition(info, command.hidden(), command.ignoreExtra(), binding, new MethodInvoker(method),
                    List.copyOf(arguments), List.copyOf(allChecks), List.copyOf(before), List.copyOf(after),
                    List.copyOf(errorHandlers), CheckAnnotations.cooldownOf(method, where),
                    CheckAnnotations.concurrencyOf(method, where), new ResolvedConverters(), slashName());
        }

        /** From {@link Slash}: every command is a slash command too unless it says otherwise. */
        private Optional<SlashName> slashName() {
            Slash slash = method.getAnnotation(Slash.class);
            if (slash == null) {
                return Optional.of(new SlashName("", name));
            }
            if (!slash.value()) {
                return Optional.empty();
            }
            return Optional.of(new SlashName(slash.group().strip().toLowerCase(Locale.ROOT),
                    (slash.name().isBlank() ? name : slash.name().strip()).toLowerCase(Locale.ROOT)));
        }
    }
}
