package dev.cogbot.api;

/**
 * What a member may do in a server, named as Discord names its permissions. Only names: each
 * transport maps its network's own rights onto them (the Discord transport, Discord's bits), so more
 * constants may come in later versions and a {@code switch} over them needs a {@code default}.
 *
 * <pre>{@code
 * boolean moderator = ctx.message().member()
 *         .map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES))
 *         .orElse(false);
 * }</pre>
 */
public enum Permission {
    CREATE_INSTANT_INVITE,
    KICK_MEMBERS,
    BAN_MEMBERS,
    /** Every permission, whatever the others say. */
    ADMINISTRATOR,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    ADD_REACTIONS,
    VIEW_AUDIT_LOG,
    VIEW_CHANNEL,
    SEND_MESSAGES,
    SEND_TTS_MESSAGES,
    /** Delete and pin other people's messages: Discord's mark of a moderator. */
    MANAGE_MESSAGES,
    EMBED_LINKS,
    ATTACH_FILES,
    READ_MESSAGE_HISTORY,
    /** Mention {@code @everyone}, {@code @here} and every role. */
    MENTION_EVERYONE,
    USE_EXTERNAL_EMOJIS,
    CHANGE_NICKNAME,
    MANAGE_NICKNAMES,
    MANAGE_ROLES,
    MANAGE_WEBHOOKS,
    MANAGE_THREADS,
    SEND_MESSAGES_IN_THREADS,
    /** Time members out. */
    MODERATE_MEMBERS
}
