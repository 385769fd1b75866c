package dev.cogbot.runtime.scheduling;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * One deadline for stopping threads, shared by every step of an unload: each step interrupts its
 * threads and waits for them only until this deadline, so however many steps an unload has (its
 * lifetime's tasks, its {@code onUnload} callbacks, the threads it started itself), together they
 * wait no longer than the grace the deadline was made with. Real time: a thread ends in real time,
 * whatever the bot's clock says.
 *
 * <pre>{@code
 * Stopping stopping = Stopping.within(Duration.ofSeconds(5));
 * List<Thread> left = stopping.interruptAndAwait(threads);   // the ones that ignored the interrupt
 * }</pre>
 */
public final class Stopping {

    private final long deadlineNanos;

    private Stopping(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A deadline {@code grace} from now. */
    public static Stopping within(Duration grace) {
        return new Stopping(System.nanoTime() + grace.toNanos());
    }

    /**
     * Interrupts {@code threads}, then waits for them until the deadline.
     *
     * @return those still running: they ignored the interrupt
     */
    public List<Thread> interruptAndAwait(Collection<Thread> threads) {
        List<Thread> stopping = List.copyOf(threads);
        stopping.forEach(Thread::interrupt);
        stopping.forEach(this::await);
        return stopping.stream().filter(Thread::isAlive).toList();
    }

    /**
     * Waits for {@code thread} to end, until the deadline; an interrupt of the caller ends the wait
     * early and is kept.
     *
     * @return whether it ended
     */
    public boolean await(Thread thread) {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            try {
                thread.join(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return !thread.isAlive();
    }
}
