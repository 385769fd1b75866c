package dev.cogbot.runtime.commands;

import dev.cogbot.api.Check;
import dev.cogbot.api.Context;
import java.util.Objects;

/**
 * A check with the name logs give it when it says no, e.g. {@code JokesCog.inModLog} or
 * {@code a bot-wide check of plugin hush}: a {@code false} is answered with silence, so the log is
 * the only place an author learns which check it was.
 */
public record NamedCheck(String name, Check check) implements Check {

    public NamedCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
    }

    /**
     * {@code check} named for where it came from: by its own {@code toString} if it has one (the
     * ready-made checks do, e.g. {@code @GuildOnly}), else (a lambda) by {@code origin}.
     */
    public static NamedCheck of(Check check, String origin) {
        if (check instanceof NamedCheck named) {
            return named;
        }
        return new NamedCheck(saysWhatItIs(check) ? check + ", " + origin : origin, check);
    }

    private static boolean saysWhatItIs(Check check) {
        try {
            return check.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException impossible) {
            return false;
        }
    }

    @Override
    public boolean test(Context ctx) {
        return check.test(ctx);
    }

    @Override
    public String toString() {
        return name;
    }
}
