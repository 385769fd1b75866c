package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Permission;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The api's permissions read from what Discord (through JDA) says a member holds. */
class DiscordPermissionsTest {

    @Test
    void theBitsAreDiscords() {
        assertThat(DiscordPermissions.bit(Permission.MANAGE_MESSAGES)).isEqualTo(8192L);
        assertThat(DiscordPermissions.bit(Permission.ADMINISTRATOR)).isEqualTo(8L);
        assertThat(DiscordPermissions.bit(Permission.MODERATE_MEMBERS)).isEqualTo(1L << 40);
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void everyPermissionIsOneDiscordKnows(Permission permission) {
        net.dv8tion.jda.api.Permission jda =
                net.dv8tion.jda.api.Permission.getFromOffset(Long.numberOfTrailingZeros(DiscordPermissions.bit(permission)));

        assertThat(jda).isNotEqualTo(net.dv8tion.jda.api.Permission.UNKNOWN);
        assertThat(DiscordPermissions.of(EnumSet.of(jda))).containsExactly(permission);
    }

    @Test
    void noTwoPermissionsShareABit() {
        assertThat(Arrays.stream(Permission.values()).map(DiscordPermissions::bit).distinct())
                .hasSize(Permission.values().length);
    }

    @Test
    void aModeratorsPermissionsAreRead() {
        assertThat(DiscordPermissions.of(EnumSet.of(
                net.dv8tion.jda.api.Permission.MESSAGE_MANAGE, net.dv8tion.jda.api.Permission.MESSAGE_SEND)))
                .containsExactlyInAnyOrder(Permission.MANAGE_MESSAGES, Permission.SEND_MESSAGES);
    }

    @Test
    void permissionsTheApiDoesNotNameAreLeftOut() {
        assertThat(DiscordPermissions.of(EnumSet.of(net.dv8tion.jda.api.Permission.PRIORITY_SPEAKER))).isEmpty();
    }
}
