package dev.cogbot.runtime.events;

import dev.cogbot.api.Listen;
import dev.cogbot.api.event.Event;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.commands.MethodInvoker;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a cog's {@link Listen @Listen} methods, and rejects a wrongly declared one at load time with
 * a message that names the method and says what to change.
 */
public final class ListenerScanner {

    private ListenerScanner() {
    }

    public static List<Listener> scan(CogBinding binding) {
        List<Listener> listeners = new ArrayList<>();
        for (Method method : methodsOf(binding.cog().getClass())) {
            if (method.isAnnotationPresent(Listen.class)) {
                listeners.add(new Listener(binding, eventType(method), new MethodInvoker(method),
                        MethodInvoker.describe(method)));
            }
        }
        return List.copyOf(listeners);
    }

    private static Class<? extends Event> eventType(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        if (method.getReturnType() != void.class || parameters.length != 1 || !Event.class.isAssignableFrom(parameters[0])) {
            throw new CogDefinitionException("@Listen on " + MethodInvoker.describe(method)
                    + " must be declared as void " + method.getName()
                    + "(E event), E being one of the events in dev.cogbot.api.event (e.g. ReactionAdded) or Event for all");
        }
        return parameters[0].asSubclass(Event.class);
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
}
