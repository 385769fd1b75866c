package dev.cogbot.discordfake;

/**
 * A gateway session's shard, as IDENTIFY's {@code shard: [id, total]} names it. A session that
 * identifies without {@code shard} is shard 0 of 1 and gets everything, as on Discord.
 *
 * <p>Discord's rule: a guild belongs to shard {@code (guild_id >> 22) % total}, that is its snowflake's
 * millisecond timestamp modulo the shard count; direct messages (no guild) go to shard 0 only.
 *
 * @param id    the shard's number, {@code 0 <= id < total}
 * @param total how many shards the bot runs
 */
public record Shard(int id, int total) {

    /** What a session without a {@code shard} in its IDENTIFY is. */
    public static final Shard UNSHARDED = new Shard(0, 1);

    private static final int TIMESTAMP_SHIFT = 22;

    public Shard {
        if (total < 1 || id < 0 || id >= total) {
            throw new IllegalArgumentException("a shard is [id, total] with 0 <= id < total: [" + id + ", " + total + "]");
        }
    }

    /** The shard that owns {@code guildId} when the bot runs {@code total} shards. */
    public static int forGuild(long guildId, int total) {
        if (total < 1) {
            throw new IllegalArgumentException("total < 1");
        }
        return (int) Long.remainderUnsigned(guildId >>> TIMESTAMP_SHIFT, total);
    }

    /**
     * Whether this shard gets the events of {@code guildId}; {@code 0} stands for "no guild" (a direct
     * message), which only shard 0 gets.
     */
    public boolean owns(long guildId) {
        return guildId == 0 ? id == 0 : forGuild(guildId, total) == id;
    }

    @Override
    public String toString() {
        return "shard " + id + "/" + total;
    }
}
