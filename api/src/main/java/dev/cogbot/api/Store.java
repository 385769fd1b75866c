package dev.cogbot.api;

import java.util.Optional;

/**
 * The bot's persistent store: named counters and string values kept in the bot's database across
 * restarts and plugin reloads.
 *
 * <p>Names are shared by all plugins, which is how plugins share data without sharing code: one
 * plugin counts {@code "jokes.told"}, another reads it. Prefix names with your plugin's id.
 *
 * <pre>{@code
 * long told = bot.store().increment("jokes.told");
 * }</pre>
 */
public interface Store {

    /** Adds one to a counter (which starts at 0) and returns the new value. */
    default long increment(String counter) {
        return add(counter, 1);
    }

    /** Adds {@code delta} to a counter atomically and returns the new value. */
    long add(String counter, long delta);

    /** A counter's value; 0 if it was never touched. */
    long counter(String counter);

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);
}
