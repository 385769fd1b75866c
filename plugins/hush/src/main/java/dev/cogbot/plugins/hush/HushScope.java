package dev.cogbot.plugins.hush;

import dev.cogbot.api.Guild;
import dev.cogbot.api.Message;

/** What one hush silences: setting {@code hush.scope}. */
enum HushScope {
    /** The server it was said in; said in a DM, that DM. The default. */
    SERVER,
    /** The whole bot, every server and DM: the tutorial's hush. */
    BOT;

    /** The key of what a hush said in {@code message} silences, the same for every message it silences. */
    String of(Message message) {
        return switch (this) {
            case SERVER -> message.guild().map(Guild::id).map(id -> "server " + id)
                    .orElseGet(() -> "dm " + message.channel().id());
            case BOT -> "bot";
        };
    }
}
