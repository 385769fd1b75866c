package dev.cogbot.discordfake.model;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A guild the bot is in; which shard gets it follows from its id (see
 * {@link dev.cogbot.discordfake.Shard}). An {@code @everyone} role whose id is the guild id is added when
 * {@code roles} has none (JDA finds the public role by that id).
 *
 * @param id       snowflake id
 * @param name     guild name
 * @param ownerId  the user owning the guild
 * @param roles    roles, {@code @everyone} included (added if missing)
 * @param channels text channels, and threads in them (each after its parent)
 * @param members  members; the bot must be one of them (JDA logs an error otherwise)
 */
public record FakeGuild(long id, String name, long ownerId, List<FakeRole> roles, List<FakeChannel> channels,
        List<FakeMember> members) {

    public FakeGuild {
        Objects.requireNonNull(name, "name");
        List<FakeRole> withEveryone = new ArrayList<>(roles);
        if (withEveryone.stream().noneMatch(r -> r.id() == id)) {
            withEveryone.addFirst(FakeRole.of(id, "@everyone", Permissions.EVERYONE_DEFAULT, 0));
        }
        roles = List.copyOf(withEveryone);
        channels = List.copyOf(channels);
        members = List.copyOf(members);
        for (FakeChannel channel : channels) {
            if (channel.isThread() && channels.stream().noneMatch(c -> c.id() == channel.parentId() && !c.isThread())) {
                throw new IllegalArgumentException("the thread " + channel.name() + " has no parent text channel in " + name);
            }
        }
    }

    /** The {@code @everyone} role. */
    public FakeRole everyoneRole() {
        return roles.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The text channel called {@code name} (without '#'). */
    public FakeChannel channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no channel #" + name + " in " + this.name));
    }

    public Optional<FakeChannel> channel(long channelId) {
        return channels.stream().filter(c -> c.id() == channelId).findFirst();
    }

    /** The role called {@code name}. */
    public FakeRole role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no role " + name + " in " + this.name));
    }

    public Optional<FakeMember> member(long userId) {
        return members.stream().filter(m -> m.userId() == userId).findFirst();
    }
}
