package dev.cogbot.plugins.hush;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pf4j.Extension;

/**
 * The tutorial's bot-wide hush: {@code !hush 10} makes every command of every plugin fail its
 * checks for ten minutes, marking the hush message with 🔇 while it lasts.
 *
 * <p>Settings (under {@code hush.} in the config file): {@code default}, the length of a bare
 * {@code !hush} (default 5, in minutes; {@code 90s} works too), and {@code max}, the longest hush
 * allowed (default 24h).
 */
@Extension
public final class HushCog implements Cog {

    private static final String MUTED = "🔇";

    /**
     * A count rather than a flag: the bot check stops {@code !hush} during a hush, but two hushes
     * sent at the same moment can both pass it. Counting keeps the bot quiet until the later one
     * ends, instead of the first one to finish un-hushing the other.
     */
    private final AtomicInteger hushesRunning = new AtomicInteger();

    /** Read once in onLoad; volatile because commands run on other threads than onLoad. */
    private volatile HushLimit limit = HushLimit.DEFAULT;

    @Override
    public String name() {
        return "Hush";
    }

    @Override
    public String description() {
        return "Gives everyone some peace and quiet";
    }

    @Override
    public void onLoad(Bot bot) {
        limit = new HushLimit(bot.settings().duration("max", HushLimit.DEFAULT.max()));
    }

    // The tutorial's 5 minutes, unless the operator set hush.default.
    @Command(name = "hush", aliases = {"quiet", "shush", "sh"}, usage = "[duration]",
             help = "Mutes every command of every plugin for a while. "
                     + "A bare number is minutes; 30s, 2m, 1h also work.")
    public void hush(Context ctx,
                     @Arg(value = "duration", fallback = "5", setting = "default", unit = ChronoUnit.MINUTES) Duration duration) {
        limit.check(duration);
        ctx.message().addReaction(MUTED);
        hushesRunning.incrementAndGet();
        try {
            ctx.sleep(duration);
        } finally {
            // Also when the sleep is cut short by an unload: the bot must not stay muted, nor the
            // message keep claiming it is.
            hushesRunning.decrementAndGet();
            ctx.message().removeReaction(MUTED);
        }
    }

    @Override
    public boolean botCheck(Context ctx) {
        return hushesRunning.get() == 0;
    }
}
