package dev.cogbot.discordfake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The fake's log of {@link Recorded} events. Waiting is done on a condition signalled on every new event,
 * never by sleeping or polling.
 */
final class Recorder {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition recorded = lock.newCondition();
    private final List<Recorded> events = new ArrayList<>();

    void record(Recorded event) {
        lock.lock();
        try {
            events.add(event);
            recorded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<Recorded> snapshot() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }

    <T extends Recorded> List<T> snapshot(Class<T> type) {
        return snapshot().stream().filter(type::isInstance).map(type::cast).toList();
    }

    int size() {
        lock.lock();
        try {
            return events.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first event at index {@code from} or later that is a {@code type} and meets {@code condition},
     * waiting up to {@code timeout} for it.
     *
     * @throws AssertionError when none came in time (the message lists the last events)
     */
    <T extends Recorded> T await(int from, Class<T> type, Predicate<? super T> condition, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            int next = Math.max(0, from);
            while (true) {
                for (; next < events.size(); next++) {
                    Recorded event = events.get(next);
                    if (type.isInstance(event) && condition.test(type.cast(event))) {
                        return type.cast(event);
                    }
                }
                if (remaining <= 0) {
                    throw new AssertionError("Timed out after " + timeout + " waiting for a "
                            + type.getSimpleName() + " that meets the condition. " + describeTail());
                }
                remaining = recorded.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a " + type.getSimpleName(), e);
        } finally {
            lock.unlock();
        }
    }

    private String describeTail() {
        int size = events.size();
        List<Recorded> tail = events.subList(Math.max(0, size - 15), size);
        StringBuilder text = new StringBuilder("Recorded " + size + " events; the last " + tail.size() + ":");
        for (Recorded event : tail) {
            text.append("\n  ").append(event);
        }
        List<Recorded> unknown = new ArrayList<>();
        for (Recorded event : events) {
            if (event instanceof Recorded.RestCall call && !call.routeKnown()) {
                unknown.add(event);
            }
        }
        if (!unknown.isEmpty()) {
            text.append("\nRequests the fake does not know: ").append(unknown);
        }
        return text.toString();
    }
}
