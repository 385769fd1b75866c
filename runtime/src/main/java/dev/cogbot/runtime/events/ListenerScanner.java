package dev.cogbot.runtime.events;

import dev.cogbot.api.Listen;
import dev.cogbot.api.event.Event;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.commands.MethodInvoker;
import dev.cogbot.runtime.scheduling.SerialLane;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a cog's {@link Listen @Listen} methods, and rejects a wrongly declared one at load time with
 * a message that names the method and says what to change.
 */
public final class ListenerScanner {

    private ListenerScanner() {
    }

    /**
     * The cog's listeners, sharing one lane: a cog hears its events in the order they happened
     * across all its listeners (a poll's add, remove, add heard by two methods), which a lane per
     * listener would not keep, their threads running in whatever order they are scheduled.
     */
    public static List<Listener> scan(CogBinding binding) {
        SerialLane lane = new SerialLane(Listeners.UNFINISHED_PER_COG,
                drain -> binding.bot().lifetime().spawnVirtual("listeners of " + binding.name(), drain));
        List<Listener> listeners = new ArrayList<>();
        for (Method method : methodsOf(binding.cog().getClass())) {
            if (method.isAnnotationPresent(Listen.class)) {
                listeners.add(new Listener(binding, eventType(method), new MethodInvoker(method),
                        MethodInvoker.describe(method), lane));
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

    /**
     * The methods a cog of {@code type} answers to: its own and its superclasses', but not one a
     * subclass overrides. Both may carry {@code @Listen}, and calling each would run the override
     * twice per event.
     */
    private static List<Method> methodsOf(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        Set<List<Object>> overridable = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isSynthetic()) {
                    continue;
                }
                int modifiers = method.getModifiers();
                boolean inherited = !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers);
                if (inherited && !overridable.add(List.of(method.getName(), List.of(method.getParameterTypes())))) {
                    continue; // overridden below
                }
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }
}
