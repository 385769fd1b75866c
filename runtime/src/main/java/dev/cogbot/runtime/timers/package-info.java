/**
 * Durable timers: each plugin's named timers ({@link dev.cogbot.api.Timers}), kept in a
 * {@link dev.cogbot.runtime.timers.TimerStore} (the bot's database in production) and armed on the
 * plugin's {@link dev.cogbot.runtime.scheduling.Lifetime}, so they outlive restarts and reloads
 * while their handlers die with the plugin.
 */
package dev.cogbot.runtime.timers;
