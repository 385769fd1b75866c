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

    /**
     * Whether a hush of this scope must hold on every node of a cluster, so is kept in the store
     * ({@link SharedHushes}). A server lives on one shard, so on one node, and DMs all come on
     * shard 0, so on one node too: those hushes stay in the memory of the node that serves them,
     * and cost no store read. Only a hush of the whole bot reaches other nodes' shards.
     */
    boolean spansNodes() {
        return this == BOT;
    }
}
