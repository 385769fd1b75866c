package dev.cogbot.api.checks;

/**
 * Whose uses of a command count together for a {@link Cooldown} or a {@link MaxConcurrency}, as
 * discord.py's {@code BucketType}.
 *
 * <pre>{@code
 * @Cooldown(rate = 1, per = 24, unit = ChronoUnit.HOURS, bucket = BucketType.MEMBER)   // once a day per server
 * }</pre>
 */
public enum BucketType {
    /** A user, wherever they use the command: every server and DM together. */
    USER("for you"),
    /** A user in one server; in a DM, the user there. */
    MEMBER("for you here"),
    /** Everyone in one channel (a DM is a channel). */
    CHANNEL("in this channel"),
    /** Everyone in one server; in a DM, the user there. */
    GUILD("in this server"),
    /** Everyone everywhere: one bucket for the whole bot. */
    GLOBAL("for everyone");

    private final String where;

    BucketType(String where) {
        this.where = where;
    }

    /** How replies to users name the bucket, e.g. {@code "in this channel"}. */
    public String where() {
        return where;
    }
}
