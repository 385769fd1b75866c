package dev.cogbot.api.error;

import dev.cogbot.api.Permission;
import java.util.Set;

/**
 * The member lacks server permissions the command requires (see
 * {@link dev.cogbot.api.checks.RequirePermissions}).
 *
 * <pre>{@code
 * case MissingPermissions denied -> ctx.send("Ask a moderator: you lack " + denied.missing());
 * }</pre>
 */
public final class MissingPermissions extends CheckFailure {

    private final Set<Permission> missing;

    /** @param missing the permissions required and not held; not empty
     * @throws IllegalArgumentException if {@code missing} is empty */
    public MissingPermissions(Set<Permission> missing) {
        super("you need " + Permission.describe(notEmpty(missing)));
        this.missing = Set.copyOf(missing);
    }

    /** The permissions required and not held. */
    public Set<Permission> missing() {
        return missing;
    }

    private static Set<Permission> notEmpty(Set<Permission> missing) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("MissingPermissions needs the permissions that are missing; none were given");
        }
        return missing;
    }
}
