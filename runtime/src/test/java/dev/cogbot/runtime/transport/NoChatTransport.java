package dev.cogbot.runtime.transport;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A chat nobody talks on, for runtime tests of what needs no chat (timers, the slash sync): it
 * sends nothing, knows nobody and keeps nothing. (The test kit's {@code KeepsNothingTransport} is
 * the same for tests outside this module, which cannot see this one.)
 */
public abstract class NoChatTransport implements Transport {

    @Override
    public IncomingMessage send(ChannelRef channel, Draft message) {
        throw new UnsupportedOperationException("nothing is sent in these tests");
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
    }

    @Override
    public void sendTyping(ChannelRef channel) {
    }

    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return Set.of();
    }

    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        return Set.of();
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        throw new UnsupportedOperationException("nothing is sent in these tests");
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
        throw new UnsupportedOperationException("nothing is sent in these tests");
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
    public void setPresence(Activity activity) {
    }

    @Override
    public void close() {
    }
}
