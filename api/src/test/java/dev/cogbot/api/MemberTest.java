package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static Member holding(Permission... permissions) {
        return member(List.of(), permissions);
    }

    private static Member member(List<Role> roles, Permission... permissions) {
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
            public List<Role> roles() {
                return roles;
            }

            @Override
            public Optional<Instant> joinedAt() {
                return Optional.empty();
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

    @Test
    void hasARoleGivenByNameInAnyCase() {
        assertThat(member(List.of(new Role("10", "Moderator"))).hasAnyRole("admin", "moderator")).isTrue();
    }

    @Test
    void hasARoleGivenById() {
        assertThat(member(List.of(new Role("10", "Moderator"))).hasAnyRole("10")).isTrue();
    }

    @Test
    void lacksRolesItWasNotGiven() {
        assertThat(member(List.of(new Role("10", "Moderator"))).hasAnyRole("Admin", "11")).isFalse();
    }

    @Test
    void missingNamesWhatItLacks() {
        assertThat(holding(Permission.MANAGE_MESSAGES).missing(Permission.MANAGE_MESSAGES, Permission.BAN_MEMBERS))
                .containsExactly(Permission.BAN_MEMBERS);
    }

    @Test
    void anAdministratorMissesNothing() {
        assertThat(holding(Permission.ADMINISTRATOR).missing(Permission.BAN_MEMBERS)).isEmpty();
    }
}
