package dev.cogbot.runtime.timers;

import dev.cogbot.api.Timer;
import java.util.Objects;

/**
 * A timer as kept in a {@link TimerStore}.
 *
 * @param pluginId   the plugin it belongs to
 * @param generation which scheduling of the name this is: a timer rescheduled while its handler ran
 *                   has a new one, so the end of that run deletes the old scheduling, not the new
 * @param timer      what the plugin scheduled
 */
public record StoredTimer(String pluginId, long generation, Timer timer) {

    public StoredTimer {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(timer, "timer");
    }

    public String name() {
        return timer.name();
    }
}
