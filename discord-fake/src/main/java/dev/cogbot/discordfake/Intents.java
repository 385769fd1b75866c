package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Gateway intents as Discord applies them: a session only gets the events its intents ask for, and
 * without {@link #MESSAGE_CONTENT} guild messages arrive with their content blanked (unless the bot
 * wrote them or is mentioned in them).
 */
final class Intents {

    static final int GUILDS = 1;
    static final int GUILD_MEMBERS = 1 << 1;
    static final int GUILD_MESSAGES = 1 << 9;
    static final int GUILD_MESSAGE_REACTIONS = 1 << 10;
    static final int GUILD_MESSAGE_TYPING = 1 << 11;
    static final int DIRECT_MESSAGES = 1 << 12;
    static final int DIRECT_MESSAGE_REACTIONS = 1 << 13;
    static final int DIRECT_MESSAGE_TYPING = 1 << 14;
    static final int MESSAGE_CONTENT = 1 << 15;

    private Intents() {
    }

    /** The intent a session needs to receive this dispatch; 0 when every session gets it. */
    static int required(String type, JsonNode d) {
        boolean inGuild = d.hasNonNull("guild_id");
        return switch (type) {
            case "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "CHANNEL_CREATE", "CHANNEL_UPDATE",
                 "CHANNEL_DELETE", "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE", "GUILD_ROLE_DELETE" -> GUILDS;
            case "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE" -> inGuild ? GUILD_MESSAGES : DIRECT_MESSAGES;
            case "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE" ->
                    inGuild ? GUILD_MESSAGE_REACTIONS : DIRECT_MESSAGE_REACTIONS;
            case "TYPING_START" -> inGuild ? GUILD_MESSAGE_TYPING : DIRECT_MESSAGE_TYPING;
            case "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE", "GUILD_MEMBER_REMOVE" -> GUILD_MEMBERS;
            default -> 0;
        };
    }

    /**
     * The dispatch as a session with {@code intents} sees it: guild message content, embeds, attachments
     * and components are emptied without MESSAGE_CONTENT, unless the bot wrote or is mentioned in it.
     */
    static ObjectNode visibleTo(int intents, long botId, String type, ObjectNode d) {
        boolean message = type.equals("MESSAGE_CREATE") || type.equals("MESSAGE_UPDATE");
        if (!message || (intents & MESSAGE_CONTENT) != 0 || !d.hasNonNull("guild_id")) {
            return d;
        }
        String bot = Json.id(botId);
        if (bot.equals(d.path("author").path("id").asText())) {
            return d;
        }
        for (JsonNode mentioned : d.path("mentions")) {
            if (bot.equals(mentioned.path("id").asText())) {
                return d;
            }
        }
        ObjectNode blanked = d.deepCopy();
        blanked.put("content", "");
        blanked.putArray("embeds");
        blanked.putArray("attachments");
        blanked.putArray("components");
        return blanked;
    }
}
