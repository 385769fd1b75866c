package dev.cogbot.runtime.timers;

import java.util.List;

/**
 * Where durable timers are kept: the bot's database in production
 * ({@link dev.cogbot.runtime.storage.JdbcTimerStore}). A write that returns must survive a crash.
 * The arguments were checked already ({@link TimerLimits}).
 */
public interface TimerStore {

    /** Stores {@code timer}, replacing the plugin's timer of the same name, if any. */
    void put(StoredTimer timer);

    /**
     * Deletes the plugin's timer {@code name}, whatever its generation.
     *
     * @return whether there was one
     */
    boolean remove(String pluginId, String name);

    /**
     * Deletes {@code fired}, unless it was rescheduled meanwhile (its generation changed).
     *
     * @return whether it was deleted
     */
    boolean removeFired(StoredTimer fired);

    /** The plugin's timers, by due instant, then name. */
    List<StoredTimer> pending(String pluginId);

    /**
     * Deletes all of the plugin's timers.
     *
     * @return how many there were
     */
    int removeAll(String pluginId);
}
