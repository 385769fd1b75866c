package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.Permission;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * JDA's permissions as the api's. The api names permissions but knows no network's layout; Discord's
 * bits live here, the one place that reads them.
 */
final class DiscordPermissions {

    private DiscordPermissions() {
    }

    static Set<Permission> of(Collection<net.dv8tion.jda.api.Permission> jda) {
        long raw = net.dv8tion.jda.api.Permission.getRaw(jda);
        EnumSet<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if ((raw & bit(permission)) != 0) {
                held.add(permission);
            }
        }
        return held;
    }

    /**
     * Discord's bit for {@code permission}, e.g. {@code 1L << 13} for {@link Permission#MANAGE_MESSAGES}.
     * A switch without a default, so that a permission added to the api does not compile until it is
     * mapped here.
     */
    static long bit(Permission permission) {
        int offset = switch (permission) {
            case CREATE_INSTANT_INVITE -> 0;
            case KICK_MEMBERS -> 1;
            case BAN_MEMBERS -> 2;
            case ADMINISTRATOR -> 3;
            case MANAGE_CHANNELS -> 4;
            case MANAGE_GUILD -> 5;
            case ADD_REACTIONS -> 6;
            case VIEW_AUDIT_LOG -> 7;
            case VIEW_CHANNEL -> 10;
            case SEND_MESSAGES -> 11;
            case SEND_TTS_MESSAGES -> 12;
            case MANAGE_MESSAGES -> 13;
            case EMBED_LINKS -> 14;
            case ATTACH_FILES -> 15;
            case READ_MESSAGE_HISTORY -> 16;
            case MENTION_EVERYONE -> 17;
            case USE_EXTERNAL_EMOJIS -> 18;
            case CHANGE_NICKNAME -> 26;
            case MANAGE_NICKNAMES -> 27;
            case MANAGE_ROLES -> 28;
            case MANAGE_WEBHOOKS -> 29;
            case MANAGE_THREADS -> 34;
            case SEND_MESSAGES_IN_THREADS -> 38;
            case MODERATE_MEMBERS -> 40;
        };
        return 1L << offset;
    }
}
