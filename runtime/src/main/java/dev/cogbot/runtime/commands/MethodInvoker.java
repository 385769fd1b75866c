package dev.cogbot.runtime.commands;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * Calls one cog method with an array of arguments. A method handle shaped once at load time keeps
 * the per-invocation cost to a plain call.
 */
public final class MethodInvoker {

    private static final MethodType SHAPE = MethodType.methodType(Object.class, Object.class, Object[].class);

    private final Method method;
    private final MethodHandle handle;

    public MethodInvoker(Method method) {
        this.method = method;
        try {
            method.setAccessible(true);
            // fixed arity: a varargs parameter is handed its array, already converted, like any other argument
            this.handle = MethodHandles.lookup().unreflect(method)
                    .asFixedArity()
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(SHAPE);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new CogDefinitionException(describe(method) + " cannot be called: " + e.getMessage());
        }
    }

    /** Calls the method on {@code target}; whatever it throws comes out unwrapped. */
    public Object invoke(Object target, Object... arguments) throws Throwable {
        return (Object) handle.invokeExact(target, arguments);
    }

    Method method() {
        return method;
    }

    public static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
