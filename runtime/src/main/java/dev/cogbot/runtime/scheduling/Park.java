package dev.cogbot.runtime.scheduling;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One task parked until something wakes it: a timer, a matching message, a cancellation. Exactly
 * one wake-up wins; the winner counts the task as running again before the task sees it, which is
 * what lets {@link Activity} tell true idleness from the instant between a wake-up and the work
 * it causes.
 *
 * @param <T> what the waker hands over
 */
public final class Park<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Activity activity;

    Park(Activity activity) {
        this.activity = activity;
    }

    /** Wakes the task with {@code value}; {@code false} if it was already woken. */
    public boolean complete(T value) {
        activity.started();
        if (result.complete(value)) {
            return true;
        }
        activity.stopped();
        return false;
    }

    /** Wakes the task with an error it will throw; {@code false} if it was already woken. */
    public boolean fail(Throwable error) {
        activity.started();
        if (result.completeExceptionally(error)) {
            return true;
        }
        activity.stopped();
        return false;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Parks the calling task until woken. Call it once, from the task that created the park.
     *
     * @throws ExecutionException with the error given to {@link #fail}
     * @throws InterruptedException if the task was interrupted before anyone woke it
     */
    T await() throws ExecutionException, InterruptedException {
        activity.stopped();
        try {
            return result.get();
        } catch (InterruptedException e) {
            if (!fail(new CancellationException("interrupted"))) {
                // woken at the same moment: the waker counted us, and its value stands
                Thread.currentThread().interrupt();
                return valueAfterRace();
            }
            throw e;
        }
    }

    private T valueAfterRace() throws ExecutionException, InterruptedException {
        Thread.interrupted();
        try {
            return result.get();
        } finally {
            Thread.currentThread().interrupt();
        }
    }
}
