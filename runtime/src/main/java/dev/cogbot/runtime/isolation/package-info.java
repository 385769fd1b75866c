/**
 * Keeping a misbehaving plugin from taking the bot down with it.
 *
 * <ul>
 *   <li><b>No plugin ends the process.</b> Each plugin class is rewritten as its class loader
 *       ({@link dev.cogbot.runtime.isolation.IsolatingClassLoader}) defines it: calls to
 *       {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} — direct, through a method
 *       reference, through {@code Method.invoke} or through a method handle looked up with
 *       {@code MethodHandles.Lookup} — go to {@link dev.cogbot.runtime.isolation.ExitGuard}, which
 *       logs one line naming the plugin and its class and throws
 *       {@link dev.cogbot.runtime.isolation.ExitRefusedException} in the plugin instead. What this
 *       cannot see: code outside the plugin's JAR that exits on its behalf (a library on the bot's
 *       own class path, JNI), and a method handle to {@code exit} obtained by a route other than a
 *       {@code Lookup} method called from plugin code (e.g. {@code Lookup.bind}).</li>
 *   <li><b>Unload says what it could not free.</b> After a plugin's own threads have been stopped,
 *       {@link dev.cogbot.runtime.isolation.PluginLeftovers} looks for threads it started outside
 *       its lifetime (raw threads, {@code java.util.Timer}s, executors) and JDBC drivers it
 *       registered; drivers are deregistered, threads interrupted, and what is still there is a
 *       {@link dev.cogbot.runtime.isolation.Zombie}, listed by
 *       {@link dev.cogbot.runtime.isolation.Zombies} until it is gone.</li>
 *   <li><b>A command that never waits is reported.</b>
 *       {@link dev.cogbot.runtime.isolation.BusyTaskWatch} samples the plugins' running tasks and
 *       reports one that stayed runnable longer than a limit, with its stack.</li>
 * </ul>
 */
package dev.cogbot.runtime.isolation;
