package dev.cogbot.discordfake;

/**
 * How a message came to be, for the fields Discord adds to messages made by answering an interaction.
 *
 * @param flags                   message flags: EPHEMERAL ({@code 1 << 6}), LOADING ({@code 1 << 7})
 * @param type                    the message type to report, or -1 for the usual (0, or 19 for a reply)
 * @param webhookId               the application's id for a message sent through an interaction's
 *                                webhook, else 0
 * @param interactionMetadataJson the {@code interaction_metadata} object as text, {@code ""} without
 * @param interactionJson         the older {@code interaction} object as text, {@code ""} without
 * @param replyPings              whether a reply mentions (pings) the author of the message it answers
 */
record MessageOrigin(int flags, int type, long webhookId, String interactionMetadataJson, String interactionJson,
        boolean replyPings) {

    static final int EPHEMERAL = 1 << 6;
    static final int LOADING = 1 << 7;

    /** Written by a user or the bot; a reply pings, as Discord's client does by default. */
    static final MessageOrigin PLAIN = new MessageOrigin(0, -1, 0, "", "", true);

    static MessageOrigin reply(boolean pings) {
        return new MessageOrigin(0, -1, 0, "", "", pings);
    }

    boolean ephemeral() {
        return (flags & EPHEMERAL) != 0;
    }

    MessageOrigin withoutLoading() {
        return new MessageOrigin(flags & ~LOADING, type, webhookId, interactionMetadataJson, interactionJson,
                replyPings);
    }
}
