package dev.cogbot.api;

/**
 * What runs when a durable timer of one kind is due; registered with {@link Timers#onFire}.
 *
 * <p>Returning, or throwing, ends the timer: it is deleted (a throw is logged). Only a handler cut
 * short by its plugin's unload leaves it stored, to fire again at the next load. Since a timer is
 * deleted only after its handler ended, a bot killed while a handler runs fires that timer again
 * after its next start: write handlers so that running twice does no harm (the timer's name is a
 * natural key to check against).
 */
@FunctionalInterface
public interface TimerHandler {
    void fire(Timer timer);
}
