package dev.cogbot.discordfake;

import java.time.Instant;

/**
 * A message the fake holds, sent by a user through a test control or by the bot over REST.
 *
 * @param id               snowflake id
 * @param channelId        the channel (a guild text channel or a DM channel)
 * @param guildId          the guild, or 0 in a DM
 * @param authorId         the author
 * @param content          current content (after edits)
 * @param timestamp        when it was sent
 * @param editedTimestamp  when it was last edited, or {@code null}
 * @param replyToMessageId the message it replies to, or 0
 */
public record FakeMessage(long id, long channelId, long guildId, long authorId, String content, Instant timestamp,
        Instant editedTimestamp, long replyToMessageId) {

    public boolean isDm() {
        return guildId == 0;
    }
}
