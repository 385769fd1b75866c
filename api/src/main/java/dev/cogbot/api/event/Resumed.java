package dev.cogbot.api.event;

/**
 * A shard's dropped connection was resumed: what happened meanwhile is delivered after this, as
 * discord.py's {@code on_resumed} / {@code on_shard_resumed}.
 *
 * <pre>{@code
 * @Listen
 * public void back(Resumed event) {
 *     log.info("Shard {} is back", event.shardId());
 * }
 * }</pre>
 *
 * @param shardId the shard (0 when the bot does not shard, and on transports without shards)
 */
public record Resumed(int shardId) implements Event {
}
