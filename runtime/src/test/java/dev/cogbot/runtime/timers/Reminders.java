package dev.cogbot.runtime.timers;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Timer;
import dev.cogbot.api.TimerHandler;
import dev.cogbot.api.Timers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cog that handles the timers of kind {@code remind} by writing each down, after {@code alsoOnFire} if given. */
final class Reminders implements Cog {

    final List<Timer> fired = new CopyOnWriteArrayList<>();
    private final TimerHandler alsoOnFire;
    private volatile Bot bot;

    Reminders() {
        this(timer -> { });
    }

    Reminders(TimerHandler alsoOnFire) {
        this.alsoOnFire = alsoOnFire;
    }

    @Override
    public void onLoad(Bot bot) {
        this.bot = bot;
        bot.timers().onFire("remind", timer -> {
            alsoOnFire.fire(timer);
            fired.add(timer);
        });
    }

    Timers timers() {
        return bot.timers();
    }

    List<String> firedNames() {
        return fired.stream().map(Timer::name).toList();
    }
}
