package dev.cogbot.runtime.plugins;

/**
 * A last word on each JAR before the {@link PluginHost} starts it, after its own checks: a cluster
 * refuses a JAR that differs from the one the other nodes run. Whatever door asked (a start, a
 * load, a reload, the folder watcher), the refusal is handled as any other: listed FAILED with why.
 *
 * <pre>{@code
 * host.checkJarsWith(jar -> {
 *     if (forbidden(jar)) throw new PluginOperationException(new PluginProblem.NoCogs(jar.id(), jar.fileName()));
 * });
 * }</pre>
 */
@FunctionalInterface
public interface PluginJarGate {

    /** Lets every JAR through. */
    PluginJarGate OPEN = jar -> { };

    /**
     * Returns if {@code jar} may start.
     *
     * @throws PluginOperationException with the problem that says why not, and what to do
     */
    void check(PluginJar jar);
}
