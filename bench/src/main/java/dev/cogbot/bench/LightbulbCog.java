package dev.cogbot.bench;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code !lightbulb} and nothing else: a joke from the jokes plugin's list, sent with
 * {@code ctx.send}, without the jokes plugin's after-invoke hook that counts the joke in the store.
 * For the Discord harness's {@code cogbot-min} configuration, which separates what the runtime and
 * its transport cost from what the real plugins add.
 */
public final class LightbulbCog implements Cog {

    @Command(help = "Tells a lightbulb joke.")
    public void lightbulb(Context ctx) {
        ctx.send(DiscordThroughput.JOKES.get(ThreadLocalRandom.current().nextInt(DiscordThroughput.JOKES.size())));
    }
}
