package dev.cogbot.discordfake.model;

import java.util.List;

/**
 * A user's membership of a fake guild.
 *
 * @param userId  the user
 * @param roleIds the roles besides {@code @everyone} (which every member has implicitly)
 * @param nick    guild nickname, or {@code null}
 */
public record FakeMember(long userId, List<Long> roleIds, String nick) {

    public FakeMember {
        roleIds = List.copyOf(roleIds);
    }

    public static FakeMember of(long userId, Long... roleIds) {
        return new FakeMember(userId, List.of(roleIds), null);
    }
}
