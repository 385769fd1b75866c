package dev.cogbot.runtime.scheduling;

import java.util.concurrent.CountDownLatch;

/** Waits that an interrupt must not cut short, such as a second close waiting for the first. */
public final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** Blocks until {@code latch} is open; an interrupt meanwhile is kept for the caller to see. */
    public static void await(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
