package dev.cogbot.runtime.commands;

import dev.cogbot.api.Context;
import dev.cogbot.api.Guild;
import dev.cogbot.api.checks.BucketType;

/** Which bucket of a {@link BucketType} an invocation counts in: one key per user, channel, server… */
final class Buckets {

    private static final String GLOBAL = "global";

    private Buckets() {
    }

    static String keyOf(BucketType type, Context ctx) {
        return switch (type) {
            case USER -> "user:" + ctx.author().id();
            case MEMBER -> place(ctx) + "/user:" + ctx.author().id();
            case CHANNEL -> "channel:" + ctx.channel().id();
            // as discord.py: in a DM, where there is no server, the DM (that user) is the bucket
            case GUILD -> place(ctx);
            case GLOBAL -> GLOBAL;
        };
    }

    /** The server, or the DM channel for a message in no server. */
    private static String place(Context ctx) {
        return ctx.channel().guild().map(Guild::id).map(id -> "guild:" + id).orElseGet(() -> "dm:" + ctx.channel().id());
    }
}
