package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static Member holding(Permission... permissions) {
        return new Member() {
            @Override
            public User user() {
                return new User("1", "alice", false);
            }

            @Override
            public String displayName() {
                return "alice";
            }

            @Override
            public Set<Permission> permissions() {
                return Set.of(permissions);
            }

            @Override
            public Guild guild() {
                throw new UnsupportedOperationException("not needed here");
            }

            @Override
            public java.util.List<Role> roles() {
                return java.util.List.of();
            }

            @Override
            public java.util.Optional<java.time.Instant> joinedAt() {
                return java.util.Optional.empty();
            }
        };
    }

    @Test
    void hasThePermissionsItHolds() {
        assertThat(holding(Permission.MANAGE_MESSAGES, Permission.KICK_MEMBERS)
                .hasPermissions(Permission.MANAGE_MESSAGES, Permission.KICK_MEMBERS)).isTrue();
    }

    @Test
    void lacksOneItDoesNotHold() {
        assertThat(holding(Permission.MANAGE_MESSAGES).hasPermissions(Permission.MANAGE_MESSAGES, Permission.BAN_MEMBERS))
                .isFalse();
    }

    @Test
    void anAdministratorHasEveryPermission() {
        assertThat(holding(Permission.ADMINISTRATOR).hasPermissions(Permission.BAN_MEMBERS)).isTrue();
    }
}
