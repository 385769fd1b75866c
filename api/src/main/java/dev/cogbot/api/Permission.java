package dev.cogbot.api;

/**
 * What a member may do in a server, named as Discord names its permissions. Each constant carries
 * Discord's bit, so a transport for another network maps its own rights onto these names.
 *
 * <pre>{@code
 * boolean moderator = ctx.message().member()
 *         .map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES))
 *         .orElse(false);
 * }</pre>
 */
public enum Permission {
    CREATE_INSTANT_INVITE(0),
    KICK_MEMBERS(1),
    BAN_MEMBERS(2),
    /** Every permission, whatever the others say. */
    ADMINISTRATOR(3),
    MANAGE_CHANNELS(4),
    MANAGE_GUILD(5),
    ADD_REACTIONS(6),
    VIEW_AUDIT_LOG(7),
    VIEW_CHANNEL(10),
    SEND_MESSAGES(11),
    SEND_TTS_MESSAGES(12),
    /** Delete and pin other people's messages: Discord's mark of a moderator. */
    MANAGE_MESSAGES(13),
    EMBED_LINKS(14),
    ATTACH_FILES(15),
    READ_MESSAGE_HISTORY(16),
    /** Mention {@code @everyone}, {@code @here} and every role. */
    MENTION_EVERYONE(17),
    USE_EXTERNAL_EMOJIS(18),
    CHANGE_NICKNAME(26),
    MANAGE_NICKNAMES(27),
    MANAGE_ROLES(28),
    MANAGE_WEBHOOKS(29),
    MANAGE_THREADS(34),
    SEND_MESSAGES_IN_THREADS(38),
    /** Time members out. */
    MODERATE_MEMBERS(40);

    private final int offset;

    Permission(int offset) {
        this.offset = offset;
    }

    /** Discord's bit for it, e.g. {@code 1L << 13} for {@link #MANAGE_MESSAGES}. */
    public long bit() {
        return 1L << offset;
    }
}
