package dev.cogbot.plugins.hush;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Message;
import dev.cogbot.api.Permission;
import java.util.Locale;

/**
 * Who may start and end a hush: settings {@code hush.who} and {@code hush.scope}.
 *
 * <p>With {@code who=moderators} (the default) it is members who may manage messages in the server
 * the hush is said in, and the bot's owners. In a DM there is nobody to moderate, and a DM hush
 * silences only that DM, so the person in it may hush it; with {@code scope=bot} a hush said in a DM
 * would silence every server, so there only the owners may. {@code who=everyone} lets anyone hush,
 * as the tutorial does. The owners may always end a hush.
 */
record HushPolicy(HushScope scope, boolean everyone) {

    static HushPolicy from(String scope, String who) {
        boolean everyone = switch (who.strip().toLowerCase(Locale.ROOT)) {
            case "moderators" -> false;
            case "everyone" -> true;
            default -> throw new IllegalArgumentException(
                    "setting hush.who must be moderators or everyone, got '" + who + "'");
        };
        return new HushPolicy(HushScope.parse(scope), everyone);
    }

    /** Whether the author of {@code message} may hush where it was said. */
    boolean mayHush(Bot bot, Message message) {
        if (everyone || bot.isOwner(message.author())) {
            return true;
        }
        if (message.channel().isPrivate()) {
            return scope == HushScope.SERVER;
        }
        return message.member().map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES)).orElse(false);
    }

    /** The reply to someone who may not hush; says who may. */
    String refusal(String prefix) {
        String who = scope == HushScope.BOT
                ? "the bot's owners and members who can manage messages"
                : "members who can manage messages here, and the bot's owners,";
        return "Only " + who + " can use " + prefix + "hush and " + prefix + "unhush.";
    }
}
