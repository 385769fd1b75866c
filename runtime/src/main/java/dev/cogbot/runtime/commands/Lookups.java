package dev.cogbot.runtime.commands;

import dev.cogbot.api.Channel;
import dev.cogbot.api.User;
import java.util.Optional;

/**
 * What the built-in converters ask the network beyond what a {@link dev.cogbot.api.Context}
 * offers: a user or a channel by id, wherever the bot sees them.
 */
public interface Lookups {

    /** The user with this id; empty when there is none, or when {@code id} is no id on this network at all. */
    Optional<User> user(String id);

    /** The channel with this id the bot sees, in any server or among its DMs; empty likewise. */
    Optional<Channel> channel(String id);
}
