package dev.cogbot.bench;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.util.concurrent.atomic.LongAdder;

/**
 * The smallest cog that still walks the whole pipeline: a {@code !ping} that answers {@code pong},
 * behind a bot-wide check, with a bot-wide before-hook and after-hook.
 */
public final class PingCog implements Cog {

    private final LongAdder checked = new LongAdder();
    private final LongAdder before = new LongAdder();
    private final LongAdder after = new LongAdder();

    @Override
    public void onLoad(Bot bot) {
        bot.addCheck(ctx -> {
            checked.increment();
            return !ctx.author().bot();
        });
        bot.beforeInvoke(ctx -> before.increment());
        bot.afterInvoke(ctx -> after.increment());
    }

    @Command(help = "Answers pong.")
    public void ping(Context ctx) {
        ctx.send("pong");
    }

    public long checks() {
        return checked.sum();
    }

    public long beforeHooks() {
        return before.sum();
    }

    public long afterHooks() {
        return after.sum();
    }
}
