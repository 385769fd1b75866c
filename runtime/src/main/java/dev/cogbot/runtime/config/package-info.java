/**
 * The bot's configuration: {@code cogbot.properties}, overridden by {@code COGBOT_*} environment
 * variables, overridden by command-line flags. The runtime reads its own keys through
 * {@link dev.cogbot.runtime.config.BotConfig}; each plugin sees the keys under its id through
 * {@link dev.cogbot.runtime.config.PluginSettings}.
 */
package dev.cogbot.runtime.config;
