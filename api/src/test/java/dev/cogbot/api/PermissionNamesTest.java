package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Permissions as replies to users name them. */
class PermissionNamesTest {

    @Test
    void aPermissionIsNamedAsDiscordShowsIt() {
        assertThat(Permission.MANAGE_MESSAGES.displayName()).isEqualTo("Manage Messages");
    }

    @Test
    void anAbbreviationStaysInCapitals() {
        assertThat(Permission.SEND_TTS_MESSAGES.displayName()).isEqualTo("Send TTS Messages");
    }

    @Test
    void onePermissionIsDescribedInTheSingular() {
        assertThat(Permission.describe(Set.of(Permission.KICK_MEMBERS))).isEqualTo("the Kick Members permission");
    }

    @Test
    void severalAreListedInDeclarationOrderWhateverOrderTheyCameIn() {
        assertThat(Permission.describe(List.of(Permission.MANAGE_ROLES, Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)))
                .isEqualTo("the Kick Members, Ban Members and Manage Roles permissions");
    }
}
