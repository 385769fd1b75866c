package dev.cogbot.discordfake.model;

import java.util.List;
import java.util.Objects;

/**
 * A guild text channel (Discord channel type 0), or a public thread in one (type 11).
 *
 * @param id         snowflake id
 * @param name       channel name without the '#'
 * @param position   sort position
 * @param topic      topic, or {@code null}
 * @param overwrites permission overwrites, usually none
 * @param parentId   for a thread, the text channel it is in; 0 for a text channel
 */
public record FakeChannel(long id, String name, int position, String topic, List<Overwrite> overwrites,
        long parentId) {

    public FakeChannel {
        Objects.requireNonNull(name, "name");
        overwrites = List.copyOf(overwrites);
    }

    /** A text channel. */
    public FakeChannel(long id, String name, int position, String topic, List<Overwrite> overwrites) {
        this(id, name, position, topic, overwrites, 0);
    }

    /** A public thread called {@code name} in the text channel {@code parentId}. */
    public static FakeChannel thread(long id, String name, long parentId) {
        return new FakeChannel(id, name, 0, null, List.of(), parentId);
    }

    public boolean isThread() {
        return parentId != 0;
    }

    /** A text channel without topic or overwrites. */
    public static FakeChannel text(long id, String name, int position) {
        return new FakeChannel(id, name, position, null, List.of());
    }

    /**
     * A permission overwrite on a channel.
     *
     * @param id    the role or member id it applies to
     * @param type  0 for a role, 1 for a member
     * @param allow permission bits granted
     * @param deny  permission bits denied
     */
    public record Overwrite(long id, int type, long allow, long deny) {
        public Overwrite {
            if (type != 0 && type != 1) {
                throw new IllegalArgumentException("overwrite type is 0 (role) or 1 (member): " + type);
            }
        }
    }
}
