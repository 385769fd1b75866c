package dev.cogbot.plugins.hush;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Message;
import dev.cogbot.api.Permission;

/**
 * Who may start and end a hush: settings {@code hush.who} and {@code hush.scope}.
 *
 * <p>With {@code who=moderators} (the default) it is members who may manage messages in the server
 * the hush is said in, and the bot's owners. In a DM there is nobody to moderate, and a DM hush
 * silences only that DM, so the person in it may hush it. With {@code scope=bot} one hush silences
 * every server and DM, more than any one server's moderators look after, so only the bot's owners
 * may start or end one, wherever it is said (whoever started it is an owner, so may end it too).
 * {@code who=everyone} lets anyone hush, as the tutorial does. The owners may always end a hush.
 *
 * <pre>{@code
 * HushPolicy.from(HushScope.BOT, HushWho.MODERATORS).mayHush(bot, message) // true only for the bot's owners
 * }</pre>
 */
record HushPolicy(HushScope scope, boolean everyone) {

    static HushPolicy from(HushScope scope, HushWho who) {
        return new HushPolicy(scope, who == HushWho.EVERYONE);
    }

    /** Whether the author of {@code message} may start or end a hush where it was said. */
    boolean mayHush(Bot bot, Message message) {
        if (everyone || bot.isOwner(message.author())) {
            return true;
        }
        return switch (scope) {
            // a permission in one server must not reach every other server and DM
            case BOT -> false;
            case SERVER -> message.channel().isPrivate()
                    || message.member().map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES)).orElse(false);
        };
    }

    /** The reply to someone who may not hush; says who may. */
    String refusal(String prefix) {
        String who = switch (scope) {
            case BOT -> "the bot's owners can use " + prefix + "hush and " + prefix + "unhush: a hush here silences every server and DM";
            case SERVER -> "members who can manage messages here, and the bot's owners, can use "
                    + prefix + "hush and " + prefix + "unhush";
        };
        return "Only " + who + ".";
    }
}
