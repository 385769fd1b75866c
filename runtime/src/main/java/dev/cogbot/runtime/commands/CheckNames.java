package dev.cogbot.runtime.commands;

import dev.cogbot.api.Check;
import dev.cogbot.api.checks.NamedCheck;

/**
 * Names a check a plugin hands over for where it came from, so a silent {@code false} can be traced
 * in the log: e.g. {@code @GuildOnly, a bot-wide check of plugin hush}.
 */
public final class CheckNames {

    private CheckNames() {
    }

    /**
     * {@code check} named by its own {@code toString} if it has one (a {@link NamedCheck} or a
     * ready-made check) followed by {@code origin}, else (a lambda) by {@code origin} alone.
     */
    public static NamedCheck withOrigin(Check check, String origin) {
        return new NamedCheck(saysWhatItIs(check) ? check + ", " + origin : origin, check);
    }

    private static boolean saysWhatItIs(Check check) {
        try {
            return check.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }
}
