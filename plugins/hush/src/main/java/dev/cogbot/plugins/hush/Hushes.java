package dev.cogbot.plugins.hush;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hushes running, per scope key (see {@link HushScope#of}). Thread-safe: hushes start and end on
 * many command threads at once.
 *
 * <p>Every running hush is kept, not a flag per scope: the bot check stops {@code !hush} during a
 * hush, but two hushes sent at the same moment can both pass it. Keeping both keeps the scope quiet
 * until the later one ends, instead of the first one to finish un-hushing the other; an unhush ends
 * them all.
 */
final class Hushes {

    private final Map<String, List<RunningHush>> running = new ConcurrentHashMap<>();

    void start(RunningHush hush) {
        running.compute(hush.scope(), (scope, hushes) -> {
            List<RunningHush> more = hushes == null ? new ArrayList<>() : hushes;
            more.add(hush);
            return more;
        });
    }

    /** Ends {@code hush}; {@code true} if it was still running, so the caller cleans up after it. */
    boolean end(RunningHush hush) {
        running.computeIfPresent(hush.scope(), (scope, hushes) -> {
            hushes.remove(hush);
            return hushes.isEmpty() ? null : hushes;
        });
        return hush.end();
    }

    /** Ends every hush of {@code scope}; returns those that were still running, for the caller to clean up after. */
    List<RunningHush> endAll(String scope) {
        List<RunningHush> hushes = running.remove(scope);
        return hushes == null ? List.of() : hushes.stream().filter(RunningHush::end).toList();
    }

    boolean isHushed(String scope) {
        return running.containsKey(scope);
    }
}
