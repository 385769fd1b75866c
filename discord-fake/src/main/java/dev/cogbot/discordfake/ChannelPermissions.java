package dev.cogbot.discordfake;

import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeRole;
import dev.cogbot.discordfake.model.Permissions;
import java.util.Optional;

/**
 * A member's permissions as Discord documents computing them ("Permissions: Permission Overwrites"):
 * the owner and administrators may do everything; anyone else has {@code @everyone}'s bits and their
 * roles', then in a channel the {@code @everyone} overwrite, the roles' overwrites (denies, then
 * allows) and the member's own overwrite. A thread takes its parent channel's overwrites.
 *
 * <pre>{@code
 * boolean mayDelete = (ChannelPermissions.inChannel(guild, channel, botId) & Permissions.MANAGE_MESSAGES) != 0;
 * }</pre>
 */
final class ChannelPermissions {

    /** Every permission bit, what the owner and administrators hold. */
    static final long ALL = -1L;

    private ChannelPermissions() {
    }

    /** The user's server-wide permissions; none when they are not a member. */
    static long inGuild(FakeGuild guild, long userId) {
        if (guild.ownerId() == userId) {
            return ALL;
        }
        Optional<FakeMember> member = guild.member(userId);
        if (member.isEmpty()) {
            return 0;
        }
        long permissions = guild.everyoneRole().permissions();
        for (FakeRole role : guild.roles()) {
            if (member.get().roleIds().contains(role.id())) {
                permissions |= role.permissions();
            }
        }
        return (permissions & Permissions.ADMINISTRATOR) != 0 ? ALL : permissions;
    }

    /** The user's permissions in one of the guild's channels (or threads). */
    static long inChannel(FakeGuild guild, FakeChannel channel, long userId) {
        long permissions = inGuild(guild, userId);
        if (permissions == ALL || permissions == 0) {
            return permissions;
        }
        FakeChannel overwritten = channel.isThread() ? guild.channel(channel.parentId()).orElse(channel) : channel;
        FakeMember member = guild.member(userId).orElseThrow();
        long roleDeny = 0;
        long roleAllow = 0;
        for (FakeChannel.Overwrite o : overwritten.overwrites()) {
            if (o.type() == 0 && o.id() == guild.id()) {
                permissions = (permissions & ~o.deny()) | o.allow();
            } else if (o.type() == 0 && member.roleIds().contains(o.id())) {
                roleDeny |= o.deny();
                roleAllow |= o.allow();
            }
        }
        permissions = (permissions & ~roleDeny) | roleAllow;
        for (FakeChannel.Overwrite o : overwritten.overwrites()) {
            if (o.type() == 1 && o.id() == userId) {
                permissions = (permissions & ~o.deny()) | o.allow();
            }
        }
        return permissions;
    }
}
