package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowedMentionsTest {

    @Test
    void theDefaultLetsUsersPingAndNothingElse() {
        assertThat(AllowedMentions.users().kinds()).containsExactly(AllowedMentions.Kind.USERS);
        assertThat(AllowedMentions.users().roleIds()).isEmpty();
    }

    @Test
    void noneLetsNothingPing() {
        assertThat(AllowedMentions.none().kinds()).isEmpty();
    }

    @Test
    void moreIsAddedOnACopy() {
        AllowedMentions loud = AllowedMentions.users().withEveryone().withAllRoles();

        assertThat(loud.kinds()).containsExactlyInAnyOrder(
                AllowedMentions.Kind.USERS, AllowedMentions.Kind.EVERYONE, AllowedMentions.Kind.ROLES);
        assertThat(AllowedMentions.users().allows(AllowedMentions.Kind.EVERYONE)).isFalse();
    }

    @Test
    void particularRolesCanBeAllowed() {
        AllowedMentions raiders = AllowedMentions.users().withRoles("42", "43");

        assertThat(raiders.roleIds()).containsExactlyInAnyOrder("42", "43");
        assertThat(raiders.allows(AllowedMentions.Kind.ROLES)).isFalse();
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(AllowedMentions.none().withEveryone()).isEqualTo(AllowedMentions.none().withEveryone());
    }
}
