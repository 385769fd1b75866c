/**
 * Time and waiting. Every wait in the runtime — sleeps, reply timeouts, loop intervals, timers —
 * goes through one {@link dev.cogbot.runtime.scheduling.Scheduler}, on one
 * {@link dev.cogbot.runtime.scheduling.TimerQueue}: the system clock in production, a
 * {@link dev.cogbot.runtime.scheduling.ManualTime} in tests, which moves time by command and knows
 * when the bot has gone idle, so a five-minute hush is tested in milliseconds and without sleeping.
 */
package dev.cogbot.runtime.scheduling;
