/**
 * What stops a command before it runs: ready-made checks, cooldowns and concurrency limits, in the
 * style of discord.py's {@code commands.guild_only}, {@code has_permissions}, {@code cooldown} and
 * {@code max_concurrency}.
 *
 * <p>Each check is an annotation on a command method, or on a cog class for all its commands, and
 * the same check is in {@link dev.cogbot.api.checks.Checks} for {@link dev.cogbot.api.Bot#addCheck}
 * to apply to every command of every plugin. They run after the bot-wide checks and the cog's
 * {@link dev.cogbot.api.Cog#cogCheck}, the cog class's before the method's, and before the
 * cog's {@link dev.cogbot.api.CommandCheck} methods. A failure is a typed
 * {@link dev.cogbot.api.error.CheckFailure} naming what is missing, and the user is told so unless
 * a handler deals with it first.
 *
 * <p>{@link dev.cogbot.api.checks.RequirePermissions} asks what the member may do in the channel the
 * command is used in, overwrites applied, as discord.py's {@code has_permissions} does;
 * {@link dev.cogbot.api.checks.RequireGuildPermissions} asks what they may do server-wide, as its
 * {@code has_guild_permissions}; {@link dev.cogbot.api.checks.RequireBotPermissions} asks what the
 * bot may do in the channel.
 *
 * <pre>{@code
 * @GuildOnly
 * @RequirePermissions(Permission.MANAGE_MESSAGES)
 * @RequireBotPermissions(Permission.MANAGE_MESSAGES)
 * @Cooldown(rate = 2, per = 10, bucket = BucketType.CHANNEL)
 * @MaxConcurrency(value = 1, bucket = BucketType.CHANNEL, queue = true)
 * @Command(help = "Deletes the last messages")
 * public void purge(Context ctx, int count) { ... }
 * }</pre>
 *
 * <p>Order for one command: checks, then a slot under {@code @MaxConcurrency}, then argument
 * conversion, then a use of the {@code @Cooldown}, then the before-invoke hooks. That is discord.py's
 * order with {@code cooldown_after_parsing=True} (its default takes the cooldown before conversion),
 * chosen so a typo costs no use. Both annotations name their {@code bucket}: there is no default.
 */
package dev.cogbot.api.checks;
