package dev.cogbot.runtime.scheduling;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * One task parked until something wakes it: a timer, a matching message, a cancellation. Exactly
 * one wake-up wins; the winner counts the task as running again before the task sees it, which is
 * what lets {@link RunningTasks} tell true idleness from the instant between a wake-up and the work
 * it causes.
 *
 * <p>A park waits with {@link LockSupport} directly: with a hundred thousand conversations parked at once, every frame and object a parked
 * task keeps counts.
 *
 * @param <T> what the waker hands over
 */
public final class Park<T> {

    private static final Object PENDING = new Object();
    private static final Object NULL = new Object();
    private static final VarHandle OUTCOME;

    static {
        try {
            OUTCOME = MethodHandles.lookup().findVarHandle(Park.class, "outcome", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What a failed wake-up handed over. */
    private record Failure(Throwable error) {
    }

    private final RunningTasks running;
    private volatile Thread waiter;
    @SuppressWarnings("unused") // set through OUTCOME
    private volatile Object outcome = PENDING;

    Park(RunningTasks running) {
        this.running = running;
    }

    /** Wakes the task with {@code value}; {@code false} if it was already woken. */
    public boolean complete(T value) {
        return settle(value == null ? NULL : value);
    }

    /** Wakes the task with an error it will throw; {@code false} if it was already woken. */
    public boolean fail(Throwable error) {
        return settle(new Failure(error));
    }

    public boolean isDone() {
        return outcome != PENDING;
    }

    private boolean settle(Object result) {
        running.started();
        if (OUTCOME.compareAndSet(this, PENDING, result)) {
            // the outcome is written before the waiter is read, and await() the other way round,
            // so either await() sees the outcome or this sees the waiter
            Thread parked = waiter;
            if (parked != null) {
                LockSupport.unpark(parked);
            }
            return true;
        }
        running.stopped();
        return false;
    }

    /**
     * Parks the calling task until woken. Call it once, from one task.
     *
     * @throws ExecutionException with the error given to {@link #fail}
     * @throws InterruptedException if the task was interrupted before anyone woke it
     */
    @SuppressWarnings("unchecked")
    T await() throws ExecutionException, InterruptedException {
        waiter = Thread.currentThread();
        ParkWatch.Listener watcher = ParkWatch.current();
        if (watcher != null) {
            watcher.parked();
        }
        running.stopped();
        try {
            while (outcome == PENDING) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    if (settle(new Failure(new CancellationException("interrupted")))) {
                        throw new InterruptedException();
                    }
                    // woken at the same moment: the waker counted us and its value stands; keep the interrupt
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            if (watcher != null) {
                watcher.woken();
            }
        }
        Object result = outcome;
        if (result instanceof Failure failure) {
            throw new ExecutionException(failure.error());
        }
        return result == NULL ? null : (T) result;
    }
}
