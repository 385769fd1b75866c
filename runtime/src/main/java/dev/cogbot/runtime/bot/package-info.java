/**
 * The running bot: {@link dev.cogbot.runtime.bot.BotRuntime} joins a transport, the command
 * dispatcher, message waits and the scheduler, and hands each plugin its own
 * {@link dev.cogbot.api.Bot} whose every loop, timer and wait dies with the plugin.
 */
package dev.cogbot.runtime.bot;
