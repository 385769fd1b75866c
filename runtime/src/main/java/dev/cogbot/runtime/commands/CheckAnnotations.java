package dev.cogbot.runtime.commands;

import dev.cogbot.api.Check;
import dev.cogbot.api.Permission;
import dev.cogbot.api.checks.RequireBotPermissions;
import dev.cogbot.api.checks.Checks;
import dev.cogbot.api.checks.Cooldown;
import dev.cogbot.api.checks.DmOnly;
import dev.cogbot.api.checks.GuildOnly;
import dev.cogbot.api.checks.MaxConcurrency;
import dev.cogbot.api.checks.OwnerOnly;
import dev.cogbot.api.checks.RequireAnyRole;
import dev.cogbot.api.checks.RequireGuildPermissions;
import dev.cogbot.api.checks.RequirePermissions;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ready-made checks, cooldown and concurrency limit an annotated cog class or command method
 * asks for, as the very checks {@link Checks} hands to {@code bot.addCheck}: one implementation
 * each. Declared wrongly (both {@code @GuildOnly} and {@code @DmOnly}, no permission listed, a rate
 * of 0), the cog fails to load with a message that says what to change.
 */
final class CheckAnnotations {

    private CheckAnnotations() {
    }

    /**
     * The checks of {@code element}, most basic first: who (owner), where (server or DM), then the
     * member's roles and permissions and the bot's, so a DM hears "only in a server" rather than
     * "missing permissions".
     */
    static List<Check> checksOf(AnnotatedElement element, String where) {
        List<Check> checks = new ArrayList<>();
        if (element.isAnnotationPresent(OwnerOnly.class)) {
            checks.add(Checks.ownerOnly());
        }
        boolean guildOnly = element.isAnnotationPresent(GuildOnly.class);
        boolean dmOnly = element.isAnnotationPresent(DmOnly.class);
        if (guildOnly && dmOnly) {
            throw new CogDefinitionException(where + " is both @GuildOnly and @DmOnly, so nobody could use it; keep one");
        }
        if (guildOnly) {
            checks.add(Checks.guildOnly());
        }
        if (dmOnly) {
            checks.add(Checks.dmOnly());
        }
        RequireAnyRole roles = element.getAnnotation(RequireAnyRole.class);
        if (roles != null) {
            if (roles.value().length == 0 || java.util.Arrays.stream(roles.value()).anyMatch(String::isBlank)) {
                throw new CogDefinitionException("@RequireAnyRole on " + where + " needs at least one role name or id, none blank");
            }
            checks.add(Checks.hasAnyRole(roles.value()));
        }
        RequirePermissions member = element.getAnnotation(RequirePermissions.class);
        if (member != null) {
            checks.add(Checks.hasPermissions(listed(member.value(), "@RequirePermissions", where)));
        }
        RequireGuildPermissions serverWide = element.getAnnotation(RequireGuildPermissions.class);
        if (serverWide != null) {
            checks.add(Checks.hasGuildPermissions(listed(serverWide.value(), "@RequireGuildPermissions", where)));
        }
        RequireBotPermissions bot = element.getAnnotation(RequireBotPermissions.class);
        if (bot != null) {
            checks.add(Checks.botHasPermissions(listed(bot.value(), "@RequireBotPermissions", where)));
        }
        return checks;
    }

    static Optional<CommandCooldown> cooldownOf(Method method, String where) {
        Cooldown cooldown = method.getAnnotation(Cooldown.class);
        if (cooldown == null) {
            return Optional.empty();
        }
        if (cooldown.rate() < 1) {
            throw new CogDefinitionException("@Cooldown on " + where + " has rate " + cooldown.rate()
                    + "; allow at least 1 use per window");
        }
        if (cooldown.per() < 1) {
            throw new CogDefinitionException("@Cooldown on " + where + " has per = " + cooldown.per() + " "
                    + cooldown.unit().toString().toLowerCase(java.util.Locale.ROOT) + "; a window must last at least 1");
        }
        Duration per;
        try {
            per = Duration.of(cooldown.per(), cooldown.unit());
        } catch (ArithmeticException | java.time.temporal.UnsupportedTemporalTypeException e) {
            throw new CogDefinitionException("@Cooldown on " + where + " has a window of " + cooldown.per() + " "
                    + cooldown.unit() + ", which is not a usable duration; use seconds, minutes, hours or days");
        }
        return Optional.of(new CommandCooldown(cooldown.rate(), per, cooldown.bucket()));
    }

    static Optional<CommandConcurrency> concurrencyOf(Method method, String where) {
        MaxConcurrency limit = method.getAnnotation(MaxConcurrency.class);
        if (limit == null) {
            return Optional.empty();
        }
        if (limit.value() < 1) {
            throw new CogDefinitionException("@MaxConcurrency on " + where + " allows " + limit.value()
                    + " runs at once; allow at least 1");
        }
        return Optional.of(new CommandConcurrency(limit.value(), limit.bucket(), limit.queue()));
    }

    private static Permission[] listed(Permission[] permissions, String annotation, String where) {
        if (permissions.length == 0) {
            throw new CogDefinitionException(annotation + " on " + where + " lists no permission; name at least one");
        }
        return permissions;
    }
}
