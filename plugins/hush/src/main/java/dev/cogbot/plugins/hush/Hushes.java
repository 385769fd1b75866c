package dev.cogbot.plugins.hush;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hushes running, counted per scope key (see {@link HushScope#of}), and the messages that ended
 * some. Thread-safe: hushes start and end on many command threads, and lifts are noticed on the
 * transport's.
 *
 * <p>A count rather than a flag: the bot check stops {@code !hush} during a hush, but two hushes
 * sent at the same moment can both pass it. Counting keeps the scope quiet until the later one
 * ends, instead of the first one to finish un-hushing the other.
 */
final class Hushes {

    private final Map<String, Integer> running = new ConcurrentHashMap<>();
    private final Set<String> liftingMessages = ConcurrentHashMap.newKeySet();

    void start(String scope) {
        running.merge(scope, 1, Integer::sum);
    }

    void end(String scope) {
        running.computeIfPresent(scope, (key, count) -> count == 1 ? null : count - 1);
    }

    boolean isHushed(String scope) {
        return running.containsKey(scope);
    }

    /** Notes that the message {@code messageId} ended a hush, for the command it carries to say so. */
    void liftedBy(String messageId) {
        liftingMessages.add(messageId);
    }

    /** Whether the message {@code messageId} ended any hush; answers true once. */
    boolean takeLift(String messageId) {
        return liftingMessages.remove(messageId);
    }
}
