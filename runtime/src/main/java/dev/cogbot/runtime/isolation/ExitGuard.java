package dev.cogbot.runtime.isolation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where plugin code's calls that would end the JVM land instead (see {@link ExitCallRewriter}).
 * Each refuses: one WARN line naming the plugin, its class and the call, then an
 * {@link ExitRefusedException} thrown into the plugin. Public only because rewritten plugin classes
 * call it; nothing else should.
 */
public final class ExitGuard {

    private static final Logger log = LoggerFactory.getLogger(ExitGuard.class);
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private ExitGuard() {
    }

    /** Stands in for {@code System.exit(status)}. */
    public static void systemExit(int status) {
        throw refuse("System.exit(" + status + ")");
    }

    /** Stands in for {@code runtime.exit(status)}. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw refuse("Runtime.exit(" + status + ")");
    }

    /** Stands in for {@code runtime.halt(status)}. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw refuse("Runtime.halt(" + status + ")");
    }

    /** Runs before plugin code's {@code Method.invoke}: refuses when the method is one that ends the JVM. */
    public static void checkInvoke(Method method) {
        if (method != null && endsTheJvm(method.getDeclaringClass(), method.getName())) {
            throw refuse(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + " through reflection");
        }
    }

    /** Runs on each method handle plugin code looks up: refuses one that ends the JVM. */
    public static void checkHandle(MethodHandle handle) {
        if (handle == null) {
            return;
        }
        MethodHandleInfo info;
        try {
            info = MethodHandles.lookup().revealDirect(handle);
        } catch (IllegalArgumentException | SecurityException notDirect) {
            return;
        }
        if (endsTheJvm(info.getDeclaringClass(), info.getName())) {
            throw refuse(info.getDeclaringClass().getSimpleName() + "." + info.getName()
                    + " through a method handle");
        }
    }

    static boolean endsTheJvm(Class<?> owner, String name) {
        return (owner == System.class && "exit".equals(name))
                || (owner == Runtime.class && ("exit".equals(name) || "halt".equals(name)));
    }

    private static ExitRefusedException refuse(String call) {
        // the nearest plugin frame: a method reference's frames are hidden, and the call may come
        // through a runtime class that calls back into the plugin
        Class<?> caller = WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c.getClassLoader() instanceof IsolatingClassLoader)
                .findFirst()).orElse(ExitGuard.class);
        String pluginId = caller.getClassLoader() instanceof IsolatingClassLoader plugin ? plugin.pluginId() : "?";
        String message = "plugin " + pluginId + " called " + call + " in " + caller.getName()
                + ": plugins cannot end the bot; the call fails instead";
        log.warn("Refused: {}", message);
        return new ExitRefusedException(pluginId, message);
    }
}
