package dev.cogbot.runtime.bot;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Role;
import dev.cogbot.runtime.transport.GuildRef;
import java.util.List;
import java.util.Optional;

/** A {@link Guild} whose lookups ask the bot's transport. Equal when the servers' ids are. */
final class TransportGuild implements Guild {

    private final BotRuntime runtime;
    private final GuildRef ref;

    TransportGuild(BotRuntime runtime, GuildRef ref) {
        this.runtime = runtime;
        this.ref = ref;
    }

    @Override
    public String id() {
        return ref.id();
    }

    @Override
    public String name() {
        return ref.name();
    }

    @Override
    public String ownerId() {
        return ref.ownerId();
    }

    @Override
    public List<Role> roles() {
        return runtime.transport().roles(ref);
    }

    @Override
    public List<Channel> channels() {
        return runtime.transport().channels(ref).stream().<Channel>map(c -> new TransportChannel(runtime, c)).toList();
    }

    @Override
    public Optional<Member> member(String userId) {
        return runtime.transport().member(ref, userId).map(m -> new TransportMember(runtime, ref, m));
    }

    @Override
    public List<Member> members() {
        return runtime.transport().members(ref).stream().<Member>map(m -> new TransportMember(runtime, ref, m)).toList();
    }

    @Override
    public List<Member> membersNamed(String name) {
        return runtime.transport().membersNamed(ref, name).stream().<Member>map(m -> new TransportMember(runtime, ref, m))
                .toList();
    }

    GuildRef ref() {
        return ref;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guild that && ref.id().equals(that.id());
    }

    @Override
    public int hashCode() {
        return ref.id().hashCode();
    }

    @Override
    public String toString() {
        return "guild " + ref.name() + " (" + ref.id() + ")";
    }
}
