package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void equalValuesHaveEqualHashCodes() {
        assertThat(AllowedMentions.users().withRoles("42").withEveryone())
                .hasSameHashCodeAs(AllowedMentions.users().withEveryone().withRoles("42"));
    }

    @Test
    void differentRolesAreNotEqual() {
        assertThat(AllowedMentions.users().withRoles("42")).isNotEqualTo(AllowedMentions.users().withRoles("43"));
    }

    @Test
    void theOriginalIsLeftAsItWas() {
        AllowedMentions none = AllowedMentions.none();
        none.withEveryone().withRoles("42");

        assertThat(none).isEqualTo(AllowedMentions.none());
        assertThat(none.roleIds()).isEmpty();
    }

    @Test
    void itsSetsCannotBeChanged() {
        assertThatThrownBy(() -> AllowedMentions.users().kinds().add(AllowedMentions.Kind.EVERYONE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> AllowedMentions.users().withRoles("42").roleIds().add("43"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullRoleIdIsRefused() {
        assertThatThrownBy(() -> AllowedMentions.users().withRoles((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("role id");
    }

    @Test
    void showsWhatItAllowsInAStableOrder() {
        assertThat(AllowedMentions.users().withEveryone().withRoles("7", "42"))
                .hasToString("AllowedMentions[kinds=[USERS, EVERYONE], roleIds=[42, 7]]");
    }

    @Test
    void hasNoPublicConstructor() {
        assertThat(AllowedMentions.class.getConstructors()).isEmpty();
        assertThat(AllowedMentions.class).isFinal();
    }
}
