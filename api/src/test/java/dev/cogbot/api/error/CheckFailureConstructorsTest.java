package dev.cogbot.api.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cogbot.api.Permission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckFailureConstructorsTest {

    @Test
    void missingPermissionsRefusesAnEmptySet() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MissingPermissions(Set.of()))
                .withMessage("MissingPermissions needs the permissions that are missing; none were given");
    }

    @Test
    void botMissingPermissionsRefusesAnEmptySet() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BotMissingPermissions(Set.of()))
                .withMessage("BotMissingPermissions needs the permissions that are missing; none were given");
    }

    @Test
    void missingAnyRoleRefusesAnEmptyList() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MissingAnyRole(List.of()))
                .withMessage("MissingAnyRole needs the roles any one of which would do; none were given");
    }

    @Test
    void missingPermissionsNamesWhatIsMissing() {
        assertThat(new MissingPermissions(Set.of(Permission.MANAGE_MESSAGES)))
                .hasMessage("you need the Manage Messages permission");
    }
}
