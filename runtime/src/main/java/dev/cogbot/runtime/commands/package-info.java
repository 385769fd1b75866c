/**
 * Command dispatch: finding {@code @Command} methods on cogs, parsing and converting arguments,
 * and running an invocation through checks, hooks and the error-handler chain in discord.py's order.
 */
package dev.cogbot.runtime.commands;
