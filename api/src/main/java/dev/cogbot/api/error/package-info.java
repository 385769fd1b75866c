/**
 * Command errors: one sealed hierarchy, meant to be taken apart with a pattern-matching
 * {@code switch} in error handlers.
 *
 * <pre>
 * CommandError (sealed)
 * ├── CheckFailure         (a check, a cooldown or a concurrency limit stopped the command)
 * │   ├── CheckDeclined          (a check returned false: silent)
 * │   ├── NotOwner
 * │   ├── NoPrivateMessage, PrivateMessageOnly   (NoPrivateMessage also from a Member or Role argument in a DM)
 * │   ├── MissingPermissions, BotMissingPermissions, MissingAnyRole
 * │   └── CommandOnCooldown, MaxConcurrencyReached
 * ├── UserInputError ── BadArgument, MissingArgument, TooManyArguments, ReplyTimeout
 * │                     BadArgument ── UserNotFound, MemberNotFound, ChannelNotFound, RoleNotFound,
 * │                                    MessageNotFound   (the built-in converters')
 * ├── CommandNotFound
 * ├── CommandInvokeError   (the command threw something else; see getCause())
 * ├── CommandCancelled     (the plugin was unloaded or the bot stopped mid-command)
 * └── WaitTimedOut         (bot.waitFor(SomeEvent.class, ...) saw no such event in time)
 * </pre>
 *
 * <h2>What the user sees</h2>
 * An error no handler dealt with (command, cog, bot-wide; see {@link dev.cogbot.api.OnError}) is
 * answered by the runtime with one short reply, or deliberately not:
 * <ul>
 *   <li>{@code CheckDeclined}: <b>nothing</b>; logged at DEBUG, naming the check. A check that
 *       returns {@code false} says no without saying why, and bot-wide checks return false to keep
 *       the bot quiet (a hush), which a reply would defeat. To tell the user, throw a
 *       {@code CheckFailure} with a message instead of returning false.</li>
 *   <li>{@code CheckFailure} thrown with a message: that message, as it is.</li>
 *   <li>The ready-made checks' failures name what is missing: "!purge works only in a server.",
 *       "!secret works only in a DM with me.", "Only the bot's owners can use !say.", "You need the
 *       Manage Messages permission to use !purge.", "I need the Manage Messages permission in this
 *       channel to run !purge.", "You need the Moderator role to use !warn."</li>
 *   <li>{@code CommandOnCooldown}: "!daily is on cooldown for you; try again in 5m."</li>
 *   <li>{@code MaxConcurrencyReached}: "!quiz is already running in this channel; try again when it
 *       is done."</li>
 *   <li>{@code UserInputError}: its message and the command's usage (a {@code ReplyTimeout}, from
 *       waiting for a message: "No reply within 5m. Usage: …").</li>
 *   <li>{@code WaitTimedOut}: "!poll stopped waiting: nothing came within 1m.", no usage line: the
 *       user typed nothing wrong.</li>
 *   <li>{@code CommandNotFound}: "I don't know !x.", with close command names.</li>
 *   <li>{@code CommandInvokeError}: a short apology; the stack trace goes to the log at ERROR.</li>
 *   <li>{@code CommandCancelled}: <b>nothing</b> (the bot is stopping or the plugin went away);
 *       logged at DEBUG.</li>
 * </ul>
 *
 * <pre>{@code
 * bot.onCommandError((ctx, error) -> {
 *     switch (error) {
 *         case CommandOnCooldown wait -> ctx.message().addReaction("⏳");   // instead of the reply
 *         default -> throw error;                                         // the default reply
 *     }
 * });
 * }</pre>
 */
package dev.cogbot.api.error;
