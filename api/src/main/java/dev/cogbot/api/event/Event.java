package dev.cogbot.api.event;

/**
 * Something that happened on the chat network, handed to a cog's {@link dev.cogbot.api.Listen @Listen}
 * methods and to {@link dev.cogbot.api.Bot#waitFor(Class, java.util.function.Predicate, java.time.Duration)}.
 * One sealed family of records, to take apart with a pattern-matching {@code switch}:
 *
 * <pre>{@code
 * @Listen
 * public void onAnything(Event event) {
 *     switch (event) {
 *         case ReactionAdded added -> count(added.emoji());
 *         case MemberJoined joined -> welcome(joined.member());
 *         default -> { }
 *     }
 * }
 * }</pre>
 *
 * <p>The bot's own messages are not events; its own reactions are, as in discord.py.
 */
public sealed interface Event permits MessageReceived, MessageEdited, MessageDeleted, ReactionAdded,
        ReactionRemoved, MemberJoined, MemberLeft, GuildJoined, GuildLeft, Ready, Resumed {
}
