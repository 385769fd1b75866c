package dev.cogbot.discordfake.model;

import java.util.Objects;

/**
 * The bot's application, as {@code GET oauth2/applications/@me} reports it.
 *
 * @param id          snowflake id; for bots made since 2020 it equals the bot user's id
 * @param name        application name
 * @param ownerUserId the owning user, when there is no team
 * @param team        the owning team, or {@code null}; when set, the application's {@code owner} is the
 *                    team's pseudo-user and {@code ownerUserId} is ignored by the fake
 * @param flags       application flags; the gateway refuses a privileged intent (close code 4014) unless they
 *                    allow it, as Discord does for intents not enabled in the developer portal
 */
public record FakeApplication(long id, String name, long ownerUserId, FakeTeam team, long flags) {

    /** GATEWAY_PRESENCE_LIMITED: the bot may ask for the GUILD_PRESENCES intent. */
    public static final long PRESENCE_INTENT_ALLOWED = 1L << 13;
    /** GATEWAY_GUILD_MEMBERS_LIMITED: the bot may ask for the GUILD_MEMBERS intent. */
    public static final long MEMBERS_INTENT_ALLOWED = 1L << 15;
    /** GATEWAY_MESSAGE_CONTENT: the bot (verified, approved for it) may ask for the MESSAGE_CONTENT intent. */
    public static final long MESSAGE_CONTENT_INTENT_APPROVED = 1L << 18;
    /** GATEWAY_MESSAGE_CONTENT_LIMITED: the bot may ask for the MESSAGE_CONTENT intent. */
    public static final long MESSAGE_CONTENT_INTENT_ALLOWED = 1L << 19;
    /** All three privileged intents allowed, as for a small bot with every toggle on in the developer portal. */
    public static final long DEFAULT_FLAGS = PRESENCE_INTENT_ALLOWED | MEMBERS_INTENT_ALLOWED
            | MESSAGE_CONTENT_INTENT_ALLOWED;

    public FakeApplication {
        Objects.requireNonNull(name, "name");
    }

    public static FakeApplication ownedBy(long id, String name, long ownerUserId) {
        return new FakeApplication(id, name, ownerUserId, null, DEFAULT_FLAGS);
    }

    /**
     * This application without the Message Content intent (neither flag): identifying with the intent is
     * closed with 4014, and guild messages arrive blank except those the bot wrote or that mention it.
     *
     * <pre>{@code
     * FakeDiscordConfig config = FakeDiscordConfig.builder()
     *         .application(FakeDiscordConfig.defaults().application().withoutMessageContentIntent()).build();
     * }</pre>
     */
    public FakeApplication withoutMessageContentIntent() {
        return new FakeApplication(id, name, ownerUserId, team,
                flags & ~(MESSAGE_CONTENT_INTENT_APPROVED | MESSAGE_CONTENT_INTENT_ALLOWED));
    }

    public static FakeApplication ownedByTeam(long id, String name, FakeTeam team) {
        return new FakeApplication(id, name, team.ownerUserId(), team, DEFAULT_FLAGS);
    }
}
