package dev.cogbot.testkit;

import dev.cogbot.api.Draft;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.Transport;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a transport that keeps nothing, so finds nothing: no messages to fetch, no servers,
 * members or roles, and a bot (and members) that may do anything. For a transport written for one
 * purpose (a benchmark's that only counts, a test's that never connects), which then implements
 * only how it starts, sends and closes.
 *
 * <pre>{@code
 * final class CountingTransport extends KeepsNothingTransport {
 *     CountingTransport() { super(new User("bench-bot", "bench-bot", true)); }
 *     ...
 * }
 * }</pre>
 */
public abstract class KeepsNothingTransport implements Transport {

    private final User bot;

    protected KeepsNothingTransport(User bot) {
        this.bot = bot;
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        return new IncomingMessage(messageId, channel, bot, message.text());
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return Optional.empty();
    }

    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return List.of();
    }

    @Override
    public Optional<User> user(String userId) {
        return Optional.empty();
    }

    @Override
    public Optional<ChannelRef> channel(String channelId) {
        return Optional.empty();
    }

    @Override
    public List<Role> roles(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        return List.of();
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        return Optional.empty();
    }

    @Override
    public List<MemberRef> members(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        return List.of();
    }

    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return Set.of(Permission.values()); // a benchmark's bot may do anything
    }

    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        return Set.of(Permission.values()); // and so may its users
    }
}
