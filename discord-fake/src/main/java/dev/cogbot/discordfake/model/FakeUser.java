package dev.cogbot.discordfake.model;

import java.util.Objects;

/**
 * A Discord user the fake knows: the bot itself, or a person who can "speak" in the fake guild.
 *
 * @param id         snowflake id
 * @param username   the unique user name (Discord's {@code username}; the discriminator is always "0")
 * @param globalName the display name, or {@code null}
 * @param bot        whether this is a bot account
 */
public record FakeUser(long id, String username, String globalName, boolean bot) {

    public FakeUser {
        Objects.requireNonNull(username, "username");
        if (id <= 0) {
            throw new IllegalArgumentException("user id must be a positive snowflake: " + id);
        }
    }

    /** A person called {@code username}. */
    public static FakeUser human(long id, String username) {
        return new FakeUser(id, username, null, false);
    }

    /** A bot account called {@code username}. */
    public static FakeUser bot(long id, String username) {
        return new FakeUser(id, username, null, true);
    }
}
