/**
 * Plugin JARs: finding, loading, starting and stopping them with PF4J, and handing their cogs to the bot.
 *
 * <ul>
 *   <li>{@link dev.cogbot.runtime.plugins.PluginAdmin} is the one door for plugin operations and the
 *       one plugin listing ({@link dev.cogbot.runtime.plugins.PluginListing}); chat
 *       ({@link dev.cogbot.runtime.plugins.PluginAdminCog}), the control socket, the console, the
 *       folder watcher and dev mode all use it, and get a typed
 *       {@link dev.cogbot.runtime.plugins.PluginResult} back.</li>
 *   <li>{@link dev.cogbot.runtime.plugins.PluginCatalogue}: the folder, the descriptors, the
 *       dependency graph ({@link dev.cogbot.runtime.plugins.PluginGraph}, on PF4J's resolver) and
 *       what failed.</li>
 *   <li>{@link dev.cogbot.runtime.plugins.PluginHost}: loading and unloading, one at a time.</li>
 * </ul>
 */
package dev.cogbot.runtime.plugins;
