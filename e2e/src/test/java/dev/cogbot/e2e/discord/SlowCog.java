package dev.cogbot.e2e.discord;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.time.Duration;

/**
 * A cog whose one command takes {@link #TAKES} on the bot's clock before it answers: longer than a
 * slash command may stay silent, so the runtime has to defer it.
 */
public final class SlowCog implements Cog {

    static final Duration TAKES = Duration.ofSeconds(5);

    @Command(name = "slow", help = "Answers after five seconds.")
    public void slow(Context ctx) {
        ctx.sleep(TAKES);
        ctx.send("done at last");
    }
}
