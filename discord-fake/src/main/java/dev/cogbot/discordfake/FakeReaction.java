package dev.cogbot.discordfake;

/**
 * One user's reaction on a message, as currently present.
 *
 * @param channelId the channel of the message
 * @param messageId the message
 * @param emoji     a unicode emoji ({@code "👍"}) or a custom one as {@code name:id}
 * @param userId    who reacted
 */
public record FakeReaction(long channelId, long messageId, String emoji, long userId) {
}
