/**
 * Events a cog can listen to with {@link dev.cogbot.api.Listen @Listen} or wait for with
 * {@link dev.cogbot.api.Bot#waitFor(Class, java.util.function.Predicate, java.time.Duration)}: one
 * sealed family of records.
 *
 * <pre>
 * Event (sealed)
 * ├── MessageReceived, MessageEdited, MessageDeleted
 * ├── ReactionAdded, ReactionRemoved
 * ├── MemberJoined, MemberLeft
 * ├── GuildJoined, GuildLeft
 * └── Ready, Resumed
 * </pre>
 */
package dev.cogbot.api.event;
