package dev.cogbot.api.error;

import java.util.List;

/**
 * The member has none of the roles the command requires (see
 * {@link dev.cogbot.api.checks.RequireAnyRole}).
 */
public final class MissingAnyRole extends CheckFailure {

    private final List<String> roles;

    /** @param roles the roles (names or ids, as the command declared them) any one of which would do;
     *     not empty
     * @throws IllegalArgumentException if {@code roles} is empty */
    public MissingAnyRole(List<String> roles) {
        super(notEmpty(roles).size() == 1 ? "you need the " + roles.getFirst() + " role"
                : "you need one of the roles " + String.join(", ", roles));
        this.roles = List.copyOf(roles);
    }

    /** The roles any one of which would do, as the command declared them (names or ids). */
    public List<String> roles() {
        return roles;
    }

    private static List<String> notEmpty(List<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("MissingAnyRole needs the roles any one of which would do; none were given");
        }
        return roles;
    }
}
