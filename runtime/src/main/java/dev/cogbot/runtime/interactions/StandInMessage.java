package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Message;
import dev.cogbot.api.Reaction;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.List;
import java.util.Optional;

/**
 * A message a plugin holds that is no message of the channel: a slash command's stand-in, or a
 * private answer. Neither mentions anyone, replies to anything nor carries reactions of its own.
 */
abstract class StandInMessage implements Message {

    @Override
    public List<User> mentions() {
        return List.of();
    }

    @Override
    public List<Role> roleMentions() {
        return List.of();
    }

    @Override
    public boolean mentionsEveryone() {
        return false;
    }

    @Override
    public Optional<Message> referencedMessage() {
        return Optional.empty();
    }

    @Override
    public List<Reaction> reactions() {
        return List.of();
    }

    @Override
    public List<User> reactors(String emoji) {
        return List.of();
    }
}
