/**
 * Command errors: one sealed hierarchy, meant to be taken apart with a pattern-matching
 * {@code switch} in error handlers.
 *
 * <pre>
 * CommandError (sealed)
 * ├── CheckFailure ── NotOwner
 * ├── UserInputError ── BadArgument, MissingArgument, TooManyArguments, ReplyTimeout
 * │                     BadArgument ── UserNotFound, MemberNotFound, ChannelNotFound, RoleNotFound,
 * │                                    MessageNotFound, GuildOnlyArgument   (the built-in converters')
 * ├── CommandNotFound
 * ├── CommandInvokeError   (the command threw something else; see getCause())
 * └── CommandCancelled     (the plugin was unloaded or the bot stopped mid-command)
 * </pre>
 */
package dev.cogbot.api.error;
