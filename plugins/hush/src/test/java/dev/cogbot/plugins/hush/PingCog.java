package dev.cogbot.plugins.hush;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;

/** Another plugin's command, to show that a hush reaches every plugin, not just its own. */
final class PingCog implements Cog {

    static final String PONG = "cogbot: pong";

    @Command(name = "ping", help = "Answers pong.")
    public void ping(Context ctx) {
        ctx.send("pong");
    }
}
