package dev.cogbot.api.error;

/**
 * Something stopped the command before it ran: a check said no, or a cooldown or concurrency
 * limit. Throw it from a check (or a command) with a message written for the user, and the user
 * sees that message; a check that just returns {@code false} fails with a {@link CheckDeclined}
 * instead, which stays silent (see the {@linkplain dev.cogbot.api.error package} for who sees what).
 *
 * <pre>{@code
 * @CommandCheck("purge")
 * public boolean inModLog(Context ctx) {
 *     if (!ctx.channel().name().equals("mod-log")) {
 *         throw new CheckFailure("Use !purge in #mod-log.");   // shown to the user as it is
 *     }
 *     return true;
 * }
 * }</pre>
 */
public sealed class CheckFailure extends CommandError
        permits CheckDeclined, NotOwner, NoPrivateMessage, PrivateMessageOnly, MissingPermissions,
                BotMissingPermissions, MissingAnyRole, CommandOnCooldown, MaxConcurrencyReached {

    public CheckFailure(String message) {
        super(message);
    }
}
