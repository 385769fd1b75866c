package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@code --wait-for-timers} waits for: one-shot work scheduled through a lifetime, until it starts or is cancelled. */
class ScheduledWorkTest {

    private final ManualTime time = new ManualTime();
    private final Scheduler scheduler = new Scheduler(time);
    private final Lifetime lifetime = new Lifetime("later", scheduler);

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void aScheduledTaskIsPendingUntilItsTimeComes() {
        lifetime.schedule("timer", Duration.ofSeconds(30), () -> { });
        assertThat(scheduler.scheduledWork().pending()).isEqualTo(1);

        time.advance(Duration.ofSeconds(29));
        assertThat(scheduler.scheduledWork().pending()).isEqualTo(1);

        time.advance(Duration.ofSeconds(1));
        assertThat(scheduler.scheduledWork().pending()).isZero();
    }

    @Test
    void aCancelledTaskIsNoLongerPendingAndCancellingAgainChangesNothing() {
        Cancellable task = lifetime.schedule("timer", Duration.ofSeconds(30), () -> { });
        lifetime.schedule("other", Duration.ofSeconds(30), () -> { });

        task.cancel();
        task.cancel();

        assertThat(scheduler.scheduledWork().pending()).isEqualTo(1);
    }

    @Test
    void closingTheLifetimeEndsWhatItHadPending() {
        lifetime.schedule("timer", Duration.ofSeconds(30), () -> { });

        lifetime.close(Duration.ofSeconds(1));

        assertThat(scheduler.scheduledWork().pending()).isZero();
    }

    @Test
    void aSleepingTaskIsNotScheduledWork() {
        // a loop sleeps between its runs: never ending, it is not waited for
        lifetime.spawn("loop", () -> {
            try {
                while (true) {
                    scheduler.sleep(Duration.ofMinutes(1));
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        time.advance(Duration.ZERO);

        assertThat(scheduler.scheduledWork().pending()).isZero();
        lifetime.close(Duration.ofSeconds(1));
    }

    @Test
    void awaitingNoneReturnsOnceTheLastTaskAndWhatItScheduledHaveRun() throws Exception {
        lifetime.schedule("first", Duration.ofSeconds(10),
                () -> lifetime.schedule("second", Duration.ofSeconds(10), () -> { }));
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                scheduler.scheduledWork().awaitNone(scheduler.runningTasks());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        time.advance(Duration.ofSeconds(10));
        assertThat(waiter.isAlive()).as("waiting while the second task is pending").isTrue();
        time.advance(Duration.ofSeconds(10));

        assertThat(waiter.join(Duration.ofSeconds(20))).isTrue();
    }
}
