package dev.cogbot.discordfake.model;

import java.util.Objects;

/**
 * A guild role. The guild's {@code @everyone} role has the guild's id (see {@link FakeGuild}).
 *
 * @param id          snowflake id
 * @param name        role name
 * @param permissions Discord permission bits (see {@link Permissions})
 * @param position    sort position; {@code @everyone} is 0
 * @param color       RGB colour, 0 for none
 * @param managed     whether an integration owns the role (a bot's own role is managed)
 */
public record FakeRole(long id, String name, long permissions, int position, int color, boolean managed) {

    public FakeRole {
        Objects.requireNonNull(name, "name");
    }

    /** A plain, unmanaged role without a colour. */
    public static FakeRole of(long id, String name, long permissions, int position) {
        return new FakeRole(id, name, permissions, position, 0, false);
    }
}
