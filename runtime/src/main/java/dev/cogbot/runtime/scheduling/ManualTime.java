package dev.cogbot.runtime.scheduling;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.TreeSet;
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

    private static final Cancellable DONE = new Cancellable() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private final ReentrantLock lock = new ReentrantLock();
    // ordered by deadline, then by registration, so removal on cancel is cheap even with 100,000 waits
    private final TreeSet<Timer> timers = new TreeSet<>(
            Comparator.comparing(Timer::deadline).thenComparingLong(Timer::order));
    private final AtomicLong order = new AtomicLong();
    private volatile Instant now;
    private volatile RunningTasks running;

    public ManualTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public ManualTime(Instant start) {
        this.now = start;
    }

    /** Lets {@link #advance} wait for the bot to settle between timers. */
    void watch(RunningTasks running) {
        this.running = running;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Cancellable at(Instant deadline, Runnable action) {
        if (!deadline.isAfter(now)) {
            // due already: fire now, as the system clock's timer would
            action.run();
            return DONE;
        }
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
                // drop it now: a cancelled timer's action may hold an unloaded plugin's classes
                lock.lock();
                try {
                    timers.remove(timer);
                } finally {
                    lock.unlock();
                }
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
            // a timer set for a moment already past fires now; time never runs backwards
            Instant deadline = due.getFirst().deadline;
            if (deadline.isAfter(now)) {
                now = deadline;
            }
            for (Timer timer : due) {
                // an earlier action of the same instant may have cancelled it
                if (!timer.cancelled.get()) {
                    timer.action.run();
                }
            }
            settle();
        }
        now = target;
        settle();
    }

    /** How many timers are waiting to fire; cancelled ones are not counted. */
    public int pendingTimers() {
        lock.lock();
        try {
            return timers.size();
        } finally {
            lock.unlock();
        }
    }

    private List<Timer> takeNextDue(Instant target) {
        lock.lock();
        try {
            List<Timer> due = new ArrayList<>();
            // a batch can be all cancelled (cancel() flags a timer before it removes it): look further
            while (due.isEmpty() && !timers.isEmpty() && !timers.first().deadline.isAfter(target)) {
                Instant deadline = timers.first().deadline;
                while (!timers.isEmpty() && timers.first().deadline.equals(deadline)) {
                    Timer t = timers.pollFirst();
                    if (!t.cancelled.get()) {
                        due.add(t);
                    }
                }
            }
            return due;
        } finally {
            lock.unlock();
        }
    }

    private void settle() {
        RunningTasks watched = running;
        if (watched != null) {
            watched.awaitIdle(Duration.ofSeconds(30));
        }
    }
}
