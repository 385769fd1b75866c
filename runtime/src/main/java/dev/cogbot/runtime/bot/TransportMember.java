package dev.cogbot.runtime.bot;

import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.MemberRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@link Member} as the transport described it. Equal when the user and the server are. */
final class TransportMember implements Member {

    private final BotRuntime runtime;
    private final GuildRef guild;
    private final MemberRef ref;

    TransportMember(BotRuntime runtime, GuildRef guild, MemberRef ref) {
        this.runtime = runtime;
        this.guild = guild;
        this.ref = ref;
    }

    @Override
    public User user() {
        return ref.user();
    }

    @Override
    public Guild guild() {
        return new TransportGuild(runtime, guild);
    }

    @Override
    public String displayName() {
        return ref.displayName();
    }

    @Override
    public Set<Permission> permissions() {
        return ref.permissions();
    }

    @Override
    public List<Role> roles() {
        return ref.roles();
    }

    @Override
    public Optional<Instant> joinedAt() {
        return Optional.ofNullable(ref.joinedAt());
    }

    MemberRef ref() {
        return ref;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Member that && id().equals(that.id()) && guild.id().equals(that.guild().id());
    }

    @Override
    public int hashCode() {
        return 31 * id().hashCode() + guild.id().hashCode();
    }

    @Override
    public String toString() {
        return "member " + ref.displayName() + " (" + id() + ") of " + guild.name();
    }
}
