package dev.cogbot.runtime.storage;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Role;
import java.util.List;
import java.util.Optional;

/** A server known only by id and name: all a store's scopes read of it. */
record KnownServer(String id, String name) implements Guild {

    @Override
    public String ownerId() {
        return "owner";
    }

    @Override
    public List<Role> roles() {
        return List.of();
    }

    @Override
    public List<Channel> channels() {
        return List.of();
    }

    @Override
    public Optional<Member> member(String userId) {
        return Optional.empty();
    }

    @Override
    public List<Member> members() {
        return List.of();
    }

    @Override
    public List<Member> membersNamed(String name) {
        return List.of();
    }
}
