package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Gateway requests a test asked the fake to leave unanswered for now, handled in arrival order once
 * released. Holding is what lets a test put a client in a state (a shard still connecting, a resume
 * not yet answered) deterministically instead of hoping to catch it there.
 */
final class ParkedRequests {

    private Predicate<JsonNode> parking = d -> false;
    private final List<Runnable> parked = new ArrayList<>();

    /** From now on parks the requests whose {@code d} matches, instead of those of an earlier hold. */
    synchronized void hold(Predicate<JsonNode> which) {
        parking = which;
    }

    /** Handles the request with payload {@code d} now, or parks it if it is held. */
    void handleOrPark(JsonNode d, Runnable handling) {
        synchronized (this) {
            if (parking.test(d)) {
                parked.add(handling);
                return;
            }
        }
        handling.run();
    }

    /** Stops holding and handles what was parked, outside the lock (handling sends and records). */
    void release() {
        List<Runnable> toHandle;
        synchronized (this) {
            parking = d -> false;
            toHandle = List.copyOf(parked);
            parked.clear();
        }
        toHandle.forEach(Runnable::run);
    }
}
