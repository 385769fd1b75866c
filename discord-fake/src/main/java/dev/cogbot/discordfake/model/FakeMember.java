package dev.cogbot.discordfake.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's membership of a fake guild.
 *
 * @param userId   the user
 * @param roleIds  the roles besides {@code @everyone} (which every member has implicitly)
 * @param nick     guild nickname, or {@code null}
 * @param joinedAt when the user joined the guild ({@link #DEFAULT_JOINED_AT} unless set)
 */
public record FakeMember(long userId, List<Long> roleIds, String nick, Instant joinedAt) {

    /** When members of the fake guilds joined unless a test says otherwise; any fixed instant will do. */
    public static final Instant DEFAULT_JOINED_AT = Instant.parse("2024-01-01T00:00:00Z");

    public FakeMember {
        roleIds = List.copyOf(roleIds);
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    /** A member who joined at {@link #DEFAULT_JOINED_AT}. */
    public FakeMember(long userId, List<Long> roleIds, String nick) {
        this(userId, roleIds, nick, DEFAULT_JOINED_AT);
    }

    public static FakeMember of(long userId, Long... roleIds) {
        return new FakeMember(userId, List.of(roleIds), null);
    }

    /** The same membership, begun at {@code joinedAt}. */
    public FakeMember joinedAt(Instant joinedAt) {
        return new FakeMember(userId, roleIds, nick, joinedAt);
    }
}
