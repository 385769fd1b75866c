package dev.cogbot.discordfake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeChannel.Overwrite;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeRole;
import dev.cogbot.discordfake.model.Permissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Permissions computed as Discord documents: base from roles, then the channel's overwrites in order. */
class ChannelPermissionsTest {

    private static final long GUILD = 1;
    private static final long OWNER = 10;
    private static final long MOD = 11;
    private static final long PLAIN = 12;
    private static final long ADMIN = 13;
    private static final long MOD_ROLE = 100;
    private static final long ADMIN_ROLE = 101;
    private static final long CHANNEL = 1000;

    private static FakeGuild guild(List<Overwrite> overwrites) {
        return new FakeGuild(GUILD, "g", OWNER,
                List.of(FakeRole.of(GUILD, "@everyone", Permissions.EVERYONE_DEFAULT, 0),
                        FakeRole.of(MOD_ROLE, "Moderator", Permissions.MANAGE_MESSAGES, 1),
                        FakeRole.of(ADMIN_ROLE, "Admin", Permissions.ADMINISTRATOR, 2)),
                List.of(new FakeChannel(CHANNEL, "general", 0, null, overwrites), FakeChannel.thread(2000, "t", CHANNEL)),
                List.of(FakeMember.of(OWNER), FakeMember.of(MOD, MOD_ROLE), FakeMember.of(PLAIN),
                        FakeMember.of(ADMIN, ADMIN_ROLE)));
    }

    private static boolean mayManage(FakeGuild guild, long channelId, long userId) {
        return (ChannelPermissions.inChannel(guild, guild.channel(channelId).orElseThrow(), userId)
                & Permissions.MANAGE_MESSAGES) != 0;
    }

    @Test
    void aRoleGrantsItsPermissionsAndAPlainMemberHasEveryonesOnly() {
        FakeGuild guild = guild(List.of());

        assertThat(mayManage(guild, CHANNEL, MOD)).isTrue();
        assertThat(mayManage(guild, CHANNEL, PLAIN)).isFalse();
    }

    @Test
    void aRoleOverwriteDeniesInThatChannelAndItsThreads() {
        FakeGuild guild = guild(List.of(new Overwrite(MOD_ROLE, 0, 0, Permissions.MANAGE_MESSAGES)));

        assertThat(mayManage(guild, CHANNEL, MOD)).isFalse();
        assertThat(mayManage(guild, 2000, MOD)).isFalse();
    }

    @Test
    void aMembersOwnOverwriteComesLastAndWins() {
        FakeGuild guild = guild(List.of(new Overwrite(MOD_ROLE, 0, 0, Permissions.MANAGE_MESSAGES),
                new Overwrite(MOD, 1, Permissions.MANAGE_MESSAGES, 0)));

        assertThat(mayManage(guild, CHANNEL, MOD)).isTrue();
    }

    @Test
    void theOwnerAndAdministratorsMayDoEverythingWhateverTheOverwrites() {
        FakeGuild guild = guild(List.of(new Overwrite(GUILD, 0, 0, Permissions.MANAGE_MESSAGES),
                new Overwrite(ADMIN, 1, 0, Permissions.MANAGE_MESSAGES)));

        assertThat(mayManage(guild, CHANNEL, OWNER)).isTrue();
        assertThat(mayManage(guild, CHANNEL, ADMIN)).isTrue();
    }

    @Test
    void someoneWhoIsNotAMemberMayDoNothing() {
        assertThat(ChannelPermissions.inGuild(guild(List.of()), 99)).isZero();
    }
}
