package dev.cogbot.api;

import java.util.List;
import java.util.Optional;

/**
 * One scope of the bot's persistent store: named counters, strings and JSON-mapped records, kept in
 * the bot's database across restarts and plugin reloads.
 *
 * <p>A plugin reaches its scopes from {@link Bot#store()}, its own (so two plugins that both use
 * the name {@code "x"} never meet), or from {@link Bot#sharedStore(String)}, a name plugins agree on
 * to share data without sharing code:
 *
 * <pre>{@code
 * bot.store().increment("commands.run");                          // this plugin, bot-wide
 * bot.store().guild(guild).put("welcome", "Hi, and read #rules"); // this plugin, one server
 * bot.store().member(guild, user).add("xp", 10);                  // this plugin, one member of one server
 * bot.sharedStore("jokes").counter("told");                       // whoever shares "jokes"
 * }</pre>
 *
 * <p>Counters and values have separate names: a counter and a value may both be called {@code "x"}.
 * Strings and records share one set of names, the keys: a record is kept as its JSON text, so
 * {@link #get} reads it as text.
 *
 * <p>A write that returns is stored, and survives a crash of the bot. Every method throws
 * {@link StoreException} when the database cannot be read or written (a write that threw may or may
 * not have been stored), and {@link IllegalArgumentException} for a name that is empty or longer
 * than {@link #MAX_NAME_LENGTH}.
 */
public interface Store {

    /** The longest counter or key name, in characters. */
    int MAX_NAME_LENGTH = 255;

    /** The longest value {@link #put} accepts (and the longest JSON text of a record), in characters. */
    int MAX_VALUE_LENGTH = 1_000_000;

    /** The most names {@link #keys} or {@link #counterNames} return at once; page on for more. */
    int MAX_LISTED = 1_000;

    /** Adds one to a counter (which starts at 0) and returns the new value. */
    default long increment(String counter) {
        return add(counter, 1);
    }

    /** Adds {@code delta} to a counter atomically and returns the new value. */
    long add(String counter, long delta);

    /** A counter's value; 0 if it was never touched. */
    long counter(String counter);

    /** The value stored under {@code key}, if any (a record's JSON text for a record). */
    Optional<String> get(String key);

    /**
     * Stores {@code value} under {@code key}, replacing any value there.
     *
     * @throws IllegalArgumentException if {@code value} is longer than {@link #MAX_VALUE_LENGTH}
     * @throws NullPointerException     if {@code value} is null: use {@link #remove} to delete a key
     */
    void put(String key, String value);

    /**
     * The record stored under {@code key}, read back from its JSON text, if any.
     *
     * <pre>{@code
     * record Poll(String question, List<String> options, Instant closes) {}
     * Optional<Poll> poll = store.getRecord("poll", Poll.class);
     * }</pre>
     *
     * A component added to the record since the value was stored reads as {@code null} (0 or false
     * for a primitive); a component renamed, removed or of another type makes the stored value no
     * longer map, which throws {@link RecordMismatch}: read it with {@link #get} and store it anew.
     *
     * @throws RecordMismatch if the stored value is not JSON of this record type
     */
    <T extends Record> Optional<T> getRecord(String key, Class<T> type);

    /**
     * Stores {@code value} under {@code key} as JSON, replacing any value there. Its components may
     * be strings, numbers, booleans, enums, {@link java.time.Instant}s and {@link java.time.Duration}s,
     * {@link Optional}s, lists, sets and maps of them, and other records.
     *
     * <pre>{@code
     * store.putRecord("poll", new Poll("Pizza or tacos?", List.of("pizza", "tacos"), bot.now().plusSeconds(600)));
     * }</pre>
     *
     * @throws IllegalArgumentException if the record cannot be written as JSON, or its JSON is longer
     *                                  than {@link #MAX_VALUE_LENGTH}
     */
    void putRecord(String key, Record value);

    /** Deletes the value stored under {@code key}; nothing happens if there is none. */
    void remove(String key);

    /**
     * The keys of this scope's values (strings and records) that start with {@code prefix}, in
     * ascending order, after {@code after} ({@code ""} to start at the first), at most
     * {@code limit}. To page on, pass the last key of a page as the next call's {@code after}:
     *
     * <pre>{@code
     * List<String> page = store.keys("poll.", "", 100);
     * while (!page.isEmpty()) {
     *     page.forEach(this::closeIfDue);
     *     page = store.keys("poll.", page.getLast(), 100);
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code limit} is not between 1 and {@link #MAX_LISTED}
     */
    List<String> keys(String prefix, String after, int limit);

    /** The first {@code limit} keys starting with {@code prefix}: {@code keys(prefix, "", limit)}. */
    default List<String> keys(String prefix, int limit) {
        return keys(prefix, "", limit);
    }

    /** Like {@link #keys(String, String, int)}, for the names of this scope's counters. */
    List<String> counterNames(String prefix, String after, int limit);

    /**
     * Deletes every counter and value of this scope; for a server's scope, also those of its
     * channels and its members (what a plugin keeps once the bot is removed from a server). Other
     * plugins' data stays.
     *
     * <pre>{@code
     * bot.store().guild(guild).clear();
     * }</pre>
     *
     * @return how many counters and values were deleted
     */
    int clear();
}
