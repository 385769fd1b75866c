/**
 * Slash commands as Discord sees them: which {@link dev.cogbot.runtime.transport.ApplicationCommand}s
 * the loaded commands make ({@link dev.cogbot.runtime.slash.CommandSpecs}), Discord's limits checked
 * when a plugin loads ({@link dev.cogbot.runtime.slash.SlashLimits}), and keeping what Discord has in
 * step with every load, unload and reload ({@link dev.cogbot.runtime.slash.CommandSync}): one bulk
 * write, and only when something changed, because Discord allows a bot 200 command creates a day.
 */
package dev.cogbot.runtime.slash;
