package dev.cogbot.plugins.status;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Loop;
import dev.cogbot.api.Setting;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;

/**
 * The tutorial's status loop: every minute the bot's presence shows how many jokes it has told.
 * The count is kept by the jokes plugin; this one only reads it, so either can be reloaded alone.
 *
 * <p>Settings (under {@code status.} in the config file): {@link #INTERVAL}, how often the
 * presence is refreshed.
 */
@Extension
public final class StatusCog implements Cog {

    /**
     * The shared store, and its counter, that the jokes plugin increments. Plugins never share code,
     * so the names themselves are the contract and each side spells them out.
     */
    static final String SHARED_STORE = "jokes";
    static final String JOKES_TOLD = "told";

    /** Zero would refresh the presence without pause. */
    static final Setting<Duration> INTERVAL = Setting.duration("interval", Duration.ofMinutes(1),
            "how often the bot's presence (\"Jokes told: 3\") is updated").positive();

    /** Set in onLoad, cancelled in onUnload; the runtime may call the two from different threads. */
    private volatile Loop statusUpdate;

    @Override
    public String name() {
        return "Status";
    }

    @Override
    public String description() {
        return "Shows how many jokes have been told";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(INTERVAL);
    }

    @Override
    public void onLoad(Bot bot) {
        Duration interval = bot.settings().get(INTERVAL);
        statusUpdate = bot.loop(interval, () -> updateStatus(bot))
                .beforeLoop(bot::waitUntilReady);
        statusUpdate.start();
    }

    @Override
    public void onUnload() {
        Loop loop = statusUpdate;
        if (loop != null) {
            loop.cancel();
        }
    }

    @Command(name = "jokes_told", aliases = {"told"}, help = "Says how many jokes have been told.")
    public void jokesTold(Context ctx) {
        ctx.send(describeJokesTold(ctx.bot().sharedStore(SHARED_STORE).counter(JOKES_TOLD)));
    }

    private static void updateStatus(Bot bot) {
        bot.changePresence(Activity.playing("Jokes told: " + bot.sharedStore(SHARED_STORE).counter(JOKES_TOLD)));
    }

    /** The reply to the {@code jokes_told} command. */
    static String describeJokesTold(long told) {
        if (told == 0) {
            return "No jokes told yet. Try a knock-knock!";
        }
        return told == 1 ? "I've told 1 joke." : "I've told " + told + " jokes.";
    }
}
