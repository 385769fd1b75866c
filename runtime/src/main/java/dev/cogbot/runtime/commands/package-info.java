/**
 * Command dispatch: finding {@code @Command} methods on cogs, parsing and converting arguments,
 * and running an invocation through checks, hooks and the error-handler chain in discord.py's order.
 * Every message is handled in bounded time and memory however it was made: arguments are bounded
 * in length and converted in one linear pass, and what one member can start is limited
 * ({@link dev.cogbot.runtime.commands.CommandLimits}).
 */
package dev.cogbot.runtime.commands;
