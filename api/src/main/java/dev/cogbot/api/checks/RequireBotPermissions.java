package dev.cogbot.api.checks;

import dev.cogbot.api.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bot must hold every one of these permissions in the channel the command is used in
 * ({@link dev.cogbot.api.Channel#botPermissions()}), or the command fails with a
 * {@link dev.cogbot.api.error.BotMissingPermissions} before it runs ("I need the Manage Messages
 * permission in this channel to run !purge."), rather than half-way with Discord's refusal. Like
 * discord.py's {@code @commands.bot_has_permissions}. On a cog class it applies to every command of
 * the cog; {@code Checks.botHasPermissions(...)} is the same check for {@code bot.addCheck}.
 *
 * <pre>{@code
 * @RequireBotPermissions({Permission.MANAGE_MESSAGES, Permission.READ_MESSAGE_HISTORY})
 * @Command(help = "Deletes the last messages")
 * public void purge(Context ctx, int count) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequireBotPermissions {

    /** The permissions the bot needs in the channel, all of them; at least one. */
    Permission[] value();
}
