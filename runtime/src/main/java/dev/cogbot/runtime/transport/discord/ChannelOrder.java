package dev.cogbot.runtime.transport.discord;

import dev.cogbot.runtime.scheduling.SerialLane;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each channel's events in the order Discord sent them while one of them waits for Discord
 * (who took back a reaction, when nobody has seen them this session). That one waits on a
 * {@link SerialLane} of its channel, on a virtual thread, and the channel's later events wait behind
 * it there; other channels' events go on. A channel with nothing waiting reports on the gateway's
 * thread as it comes, so the usual event costs no more than before.
 *
 * <p>Bounded: at most {@link #WAITING} events wait in all, and a channel asks Discord one thing at
 * a time, so a flood of reactions cannot start threads without end nor fill JDA's rate-limited REST
 * queue; beyond that an event that would have to wait is dropped, with a warning.
 *
 * <p>Each channel's events must come from one thread (a shard's gateway thread: a channel belongs
 * to one shard).
 *
 * <pre>{@code
 * order.report(channelId, () -> listener.onMessage(message));          // now, or behind a lookup
 * order.afterLookUp(channelId, () -> listener.onEvent(lookUpAndReport()));
 * }</pre>
 */
final class ChannelOrder {

    /** Events waiting in all channels before more are dropped. */
    static final int WAITING = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ChannelOrder.class);

    /** A channel's events waiting, and how many: the lane goes when the last has run. */
    private static final class Waiting {
        final SerialLane lane;
        int events;

        Waiting(String channelId) {
            lane = new SerialLane(WAITING, drain -> Thread.ofVirtual().name("discord-channel " + channelId).start(drain));
        }
    }

    private final Map<String, Waiting> channels = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    /** Runs {@code report} now, on the calling thread, unless earlier events of the channel wait: then behind them. */
    void report(String channelId, Runnable report) {
        if (queue(channelId, report, false) == Queued.NO_LANE) {
            report.run();
        }
    }

    /** Runs {@code lookUpAndReport} on the channel's lane, behind the channel's events waiting, before its later ones. */
    void afterLookUp(String channelId, Runnable lookUpAndReport) {
        queue(channelId, lookUpAndReport, true);
    }

    /** Events waiting now, in all channels. */
    int waiting() {
        return waiting.get();
    }

    private enum Queued { YES, NO_LANE, DROPPED }

    private Queued queue(String channelId, Runnable task, boolean startLane) {
        Queued[] outcome = {Queued.NO_LANE};
        // the count and the lane change together, so a lane is gone only once its last event has run
        channels.compute(channelId, (id, lane) -> {
            if (lane == null && !startLane) {
                return null;
            }
            if (waiting.incrementAndGet() > WAITING) {
                waiting.decrementAndGet();
                outcome[0] = Queued.DROPPED;
                return lane;
            }
            Waiting target = lane == null ? new Waiting(id) : lane;
            target.events++;
            target.lane.offer(() -> {
                try {
                    task.run();
                } finally {
                    ran(id);
                }
            });
            outcome[0] = Queued.YES;
            return target;
        });
        if (outcome[0] == Queued.DROPPED) {
            long count = dropped.incrementAndGet();
            if (Long.bitCount(count) == 1) {
                // 1, 2, 4, 8…: reported without a line per event
                log.warn("{} Discord events are waiting for lookups; dropped {} so far (in channel {} now)",
                        WAITING, count, channelId);
            }
        }
        return outcome[0];
    }

    private void ran(String channelId) {
        channels.computeIfPresent(channelId, (id, lane) -> --lane.events == 0 ? null : lane);
        // after: none waiting means no lane left either
        waiting.decrementAndGet();
    }
}
