package dev.cogbot.runtime.scheduling;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Time that moves only when told to. {@link #advance(Duration)} walks the clock forward timer by
 * timer, letting the bot go idle after each, so a one-minute loop advanced by five minutes ticks
 * exactly five times, in order, without anyone sleeping.
 *
 * <pre>{@code
 * ManualTime time = new ManualTime();
 * Scheduler scheduler = new Scheduler(time);
 * ...
 * time.advance(Duration.ofMinutes(5));   // the hush ends
 * }</pre>
 */
public final class ManualTime implements TimerQueue {

    private record Timer(Instant deadline, long order, Runnable action, AtomicBoolean cancelled) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            (a, b) -> a.deadline.equals(b.deadline) ? Long.compare(a.order, b.order) : a.deadline.compareTo(b.deadline));
    private final AtomicLong order = new AtomicLong();
    private volatile Instant now;
    private volatile Activity activity;

    public ManualTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public ManualTime(Instant start) {
        this.now = start;
    }

    /** Lets {@link #advance} wait for the bot to settle between timers. */
    void watch(Activity activity) {
        this.activity = activity;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Cancellable at(Instant deadline, Runnable action) {
        Timer timer = new Timer(deadline, order.incrementAndGet(), action, new AtomicBoolean());
        lock.lock();
        try {
            timers.add(timer);
        } finally {
            lock.unlock();
        }
        return new Cancellable() {
            @Override
            public void cancel() {
                timer.cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return timer.cancelled.get();
            }
        };
    }

    /**
     * Moves the clock forward by {@code amount}, firing due timers in deadline order and waiting
     * for the bot to go idle after each instant, then once more at the end.
     */
    public void advance(Duration amount) {
        Instant target = now.plus(amount);
        settle();
        while (true) {
            List<Timer> due = takeNextDue(target);
            if (due.isEmpty()) {
                break;
            }
            now = due.getFirst().deadline;
            due.forEach(t -> t.action.run());
            settle();
        }
        now = target;
        settle();
    }

    /** How many timers are waiting to fire; cancelled ones are not counted. */
    public int pendingTimers() {
        lock.lock();
        try {
            return (int) timers.stream().filter(t -> !t.cancelled.get()).count();
        } finally {
            lock.unlock();
        }
    }

    private List<Timer> takeNextDue(Instant target) {
        lock.lock();
        try {
            while (!timers.isEmpty() && timers.peek().cancelled.get()) {
                timers.poll();
            }
            List<Timer> due = new ArrayList<>();
            Timer first = timers.peek();
            if (first == null || first.deadline.isAfter(target)) {
                return due;
            }
            while (!timers.isEmpty() && timers.peek().deadline.equals(first.deadline)) {
                Timer t = timers.poll();
                if (!t.cancelled.get()) {
                    due.add(t);
                }
            }
            return due;
        } finally {
            lock.unlock();
        }
    }

    private void settle() {
        Activity watched = activity;
        if (watched != null) {
            watched.awaitIdle(Duration.ofSeconds(30));
        }
    }
}
