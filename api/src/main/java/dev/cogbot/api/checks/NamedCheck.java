package dev.cogbot.api.checks;

import dev.cogbot.api.Check;
import dev.cogbot.api.Context;
import java.util.Objects;

/**
 * A check with a name for the log. A check that returns {@code false} is answered with silence and
 * logged at DEBUG by its name, so naming it is how an author later finds which check said no. The
 * ready-made {@link Checks} are named this way ({@code @GuildOnly}, {@code @RequirePermissions[…]}).
 *
 * <pre>{@code
 * bot.addCheck(new NamedCheck("not during maintenance", ctx -> !maintenance));
 * }</pre>
 *
 * @param name  what the log calls the check
 * @param check the check itself
 */
public record NamedCheck(String name, Check check) implements Check {

    public NamedCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
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
