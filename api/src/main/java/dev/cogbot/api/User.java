package dev.cogbot.api;

import java.util.Objects;

/**
 * Someone who sends messages: a person, or a bot.
 *
 * @param id   stable identifier on the transport (a Discord snowflake, or a console user name)
 * @param name display name
 * @param bot  whether the user is a bot account
 */
public record User(String id, String name, boolean bot) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
