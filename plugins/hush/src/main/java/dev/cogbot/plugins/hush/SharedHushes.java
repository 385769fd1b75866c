package dev.cogbot.plugins.hush;

import dev.cogbot.api.Store;
import dev.cogbot.api.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The hushes that span nodes ({@code hush.scope=bot}), kept in the plugin's {@link Store}: every
 * cogbot process of the bot reads the same store (the cluster's nodes one PostgreSQL database, a
 * single process its own H2 file), so a hush stored by any of them silences all of them until it
 * ends, and an unhush on any of them deletes it for all.
 *
 * <p>Each hush is one key, named for when it ends: {@code bot.<end in epoch milliseconds, 19
 * digits>.<random id>}. Keys list in order of their end, so "is a hush running now?" is one
 * indexed read of at most one key: the first key after {@code bot.<now>}. Two hushes started at
 * the same moment on two nodes are two keys, so the scope stays quiet until the later one ends
 * (as {@link Hushes} does on one node); no read-then-write race can drop one of them. Whoever
 * started a hush deletes its key when it ends; a key left behind by a node that died stops
 * counting at its end all the same, and the next hush started deletes it.
 *
 * <pre>{@code
 * SharedHushes shared = new SharedHushes(bot.store());
 * String key = shared.start(bot.now().plus(Duration.ofMinutes(10)), "olive");
 * shared.isHushed(bot.now());   // true on every node, until the end or shared.endAll(...)
 * }</pre>
 *
 * <p>Every method throws {@link StoreException} when the store cannot be read or written; the
 * caller decides what that means for the bot (see {@link HushCog}).
 */
final class SharedHushes {

    private static final String PREFIX = "bot.";
    /** Digits of an end in epoch milliseconds: every instant up to the year 292,278,994 fits. */
    private static final int END_DIGITS = 19;
    /** The most keys read or deleted at once: hushes at the same time are seldom more than one. */
    private static final int PAGE = 100;

    /** What a key's value says, for someone reading the store: who hushed the bot, and until when. */
    record StoredHush(String by, Instant ends) {
    }

    private final Store store;

    SharedHushes(Store store) {
        this.store = store;
    }

    /**
     * Stores a hush that ends at {@code ends}, so that every node is hushed until then, after
     * deleting the keys of hushes already over (those of a node that died before deleting its own).
     *
     * @return the hush's key, for {@link #isRunning} and {@link #end}
     */
    String start(Instant ends, String by, Instant now) {
        forgetEnded(now);
        String key = PREFIX + digits(ends) + "." + UUID.randomUUID();
        store.putRecord(key, new StoredHush(by, ends));
        return key;
    }

    /**
     * Whether a hush stored by any node runs at {@code now} (one that ends at {@code now} is over).
     * One read of at most one key, in the order the store keeps them.
     */
    boolean isHushed(Instant now) {
        // past every key ending at or before now: "bot.<now + 1 ms>" sorts after "bot.<now>.<id>"
        List<String> next = store.keys(PREFIX, PREFIX + digits(now.plusMillis(1)), 1);
        return !next.isEmpty() && ends(next.getFirst()).isAfter(now);
    }

    /** Whether the hush of {@code key} is still stored: not ended by an unhush on any node. */
    boolean isRunning(String key) {
        return store.get(key).isPresent();
    }

    /** Deletes the hush of {@code key}, once it is over on the node that started it. */
    void end(String key) {
        store.remove(key);
    }

    /**
     * Deletes every hush running at {@code now}, whichever node started it: an unhush.
     *
     * @return how many there were
     */
    int endAll(Instant now) {
        List<String> running = listAfter(PREFIX + digits(now.plusMillis(1)));
        running.forEach(store::remove);
        return running.size();
    }

    /** Deletes the keys of hushes over at {@code now}. */
    private void forgetEnded(Instant now) {
        List<String> over = store.keys(PREFIX, "", PAGE).stream()
                .takeWhile(key -> !ends(key).isAfter(now))
                .toList();
        over.forEach(store::remove);
    }

    private List<String> listAfter(String after) {
        List<String> keys = new ArrayList<>();
        List<String> page = store.keys(PREFIX, after, PAGE);
        while (!page.isEmpty()) {
            keys.addAll(page);
            page = store.keys(PREFIX, page.getLast(), PAGE);
        }
        return keys;
    }

    private static String digits(Instant instant) {
        String millis = Long.toString(instant.toEpochMilli());
        return "0".repeat(Math.max(0, END_DIGITS - millis.length())) + millis;
    }

    private static Instant ends(String key) {
        return Instant.ofEpochMilli(Long.parseLong(key.substring(PREFIX.length(), PREFIX.length() + END_DIGITS)));
    }
}
