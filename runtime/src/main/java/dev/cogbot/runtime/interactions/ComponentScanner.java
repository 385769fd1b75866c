package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Click;
import dev.cogbot.api.OnComponent;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.commands.MethodInvoker;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cog's {@link OnComponent @OnComponent} methods, and rejects a wrongly declared one at load
 * time with a message that names the method and says what to change.
 *
 * <pre>{@code
 * List<ComponentHandler> handlers = ComponentScanner.scan(binding);
 * }</pre>
 */
public final class ComponentScanner {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,50}");

    private ComponentScanner() {
    }

    public static List<ComponentHandler> scan(CogBinding binding) {
        List<ComponentHandler> handlers = new ArrayList<>();
        Map<String, String> claimed = new HashMap<>();
        for (Method method : methodsOf(binding.cog().getClass())) {
            OnComponent annotation = method.getAnnotation(OnComponent.class);
            if (annotation == null) {
                continue;
            }
            String where = "@OnComponent(\"" + annotation.value() + "\") on " + MethodInvoker.describe(method);
            if (method.getReturnType() != void.class || method.getParameterCount() != 1
                    || method.getParameterTypes()[0] != Click.class || Modifier.isStatic(method.getModifiers())) {
                throw new CogDefinitionException(where + " must be declared as void " + method.getName() + "(Click click)");
            }
            if (!PREFIX.matcher(annotation.value()).matches()) {
                throw new CogDefinitionException(where + ": the prefix must be 1 to 50 letters, digits, '-' or '_'"
                        + " (the part of a component id before its first ':'), e.g. @OnComponent(\"poll\")");
            }
            String before = claimed.putIfAbsent(annotation.value(), MethodInvoker.describe(method));
            if (before != null) {
                throw new CogDefinitionException(where + ": " + before + " handles \"" + annotation.value()
                        + "\" already; one method handles each prefix");
            }
            handlers.add(new ComponentHandler(binding, annotation.value(), new MethodInvoker(method),
                    MethodInvoker.describe(method)));
        }
        return List.copyOf(handlers);
    }

    /** Its own methods and its superclasses', an overridden one once (as {@code ListenerScanner} reads them). */
    private static List<Method> methodsOf(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isSynthetic()) {
                    continue;
                }
                boolean inherited = !Modifier.isPrivate(method.getModifiers()) && !Modifier.isStatic(method.getModifiers());
                if (inherited && !seen.add(method.getName() + List.of(method.getParameterTypes()))) {
                    continue;
                }
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }
}
