package dev.cogbot.api.error;

import dev.cogbot.api.Permission;
import java.util.Set;

/**
 * The bot lacks permissions in the channel that the command requires (see
 * {@link dev.cogbot.api.checks.RequireBotPermissions}): a server admin has to grant them.
 */
public final class BotMissingPermissions extends CheckFailure {

    private final Set<Permission> missing;

    /** @param missing the permissions required and not held by the bot in the channel; not empty
     * @throws IllegalArgumentException if {@code missing} is empty */
    public BotMissingPermissions(Set<Permission> missing) {
        super("I need " + Permission.describe(notEmpty(missing)) + " in this channel");
        this.missing = Set.copyOf(missing);
    }

    /** The permissions the bot would need in the channel and does not have. */
    public Set<Permission> missing() {
        return missing;
    }

    private static Set<Permission> notEmpty(Set<Permission> missing) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("BotMissingPermissions needs the permissions that are missing; none were given");
        }
        return missing;
    }
}
