package dev.cogbot.plugins.hush;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hushes running, counted per scope key (see {@link HushScope#of}), and the last message that
 * ended them in each scope. Thread-safe: hushes start and end on many command threads, and lifts are
 * noticed on the transport's.
 *
 * <p>A count rather than a flag: the bot check stops {@code !hush} during a hush, but two hushes
 * sent at the same moment can both pass it. Counting keeps the scope quiet until the later one
 * ends, instead of the first one to finish un-hushing the other.
 *
 * <p>One lifting message per scope, not a set of them: the command a lifting message carries may never
 * run (dropped by the per-member limits, or the plugin unloaded first), and its note must not stay
 * forever. The next lift in the same scope overwrites it, so at most one note per scope is ever kept.
 */
final class Hushes {

    private final Map<String, Integer> running = new ConcurrentHashMap<>();
    /** Scope key to the id of the message that last ended its hushes, until that message's command says so. */
    private final Map<String, String> liftingMessage = new ConcurrentHashMap<>();

    void start(String scope) {
        running.merge(scope, 1, Integer::sum);
    }

    void end(String scope) {
        running.computeIfPresent(scope, (key, count) -> count == 1 ? null : count - 1);
    }

    boolean isHushed(String scope) {
        return running.containsKey(scope);
    }

    /** Notes that the message {@code messageId} ended the hushes of {@code scope}, for the command it carries to say so. */
    void liftedBy(String scope, String messageId) {
        liftingMessage.put(scope, messageId);
    }

    /** Whether the message {@code messageId} was the last to end the hushes of {@code scope}; answers true once. */
    boolean takeLift(String scope, String messageId) {
        return liftingMessage.remove(scope, messageId);
    }
}
