package dev.cogbot.api;

import java.util.Optional;

/**
 * The bot's persistent store: named counters and string values kept in the bot's database across
 * restarts and plugin reloads.
 *
 * <p>Names are shared by all plugins, which is how plugins share data without sharing code: one
 * plugin counts {@code "jokes.told"}, another reads it. Prefix names with your plugin's id.
 * Counters and values have separate names: a counter and a value may both be called {@code "x"}.
 *
 * <pre>{@code
 * long told = bot.store().increment("jokes.told");
 * }</pre>
 *
 * A write that returns is stored, and survives a crash of the bot. Every method throws
 * {@link StoreException} when the database cannot be read or written (a write that threw may or may
 * not have been stored), and
 * {@link IllegalArgumentException} for a name that is empty or longer than {@link #MAX_NAME_LENGTH}.
 */
public interface Store {

    /** The longest counter or key name, in characters. */
    int MAX_NAME_LENGTH = 255;

    /** The longest value {@link #put} accepts, in characters. */
    int MAX_VALUE_LENGTH = 1_000_000;

    /** Adds one to a counter (which starts at 0) and returns the new value. */
    default long increment(String counter) {
        return add(counter, 1);
    }

    /** Adds {@code delta} to a counter atomically and returns the new value. */
    long add(String counter, long delta);

    /** A counter's value; 0 if it was never touched. */
    long counter(String counter);

    /** The value stored under {@code key}, if any. */
    Optional<String> get(String key);

    /**
     * Stores {@code value} under {@code key}, replacing any value there.
     *
     * @throws IllegalArgumentException if {@code value} is longer than {@link #MAX_VALUE_LENGTH}
     * @throws NullPointerException     if {@code value} is null: use {@link #remove} to delete a key
     */
    void put(String key, String value);

    /** Deletes the value stored under {@code key}; nothing happens if there is none. */
    void remove(String key);
}
