package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private final Activity activity = new Activity();

    @Test
    void aNewActivityIsIdle() {
        assertThat(activity.running()).isZero();
        activity.awaitIdle(Duration.ZERO);
    }

    @Test
    void countsStartedAndStoppedTasks() {
        activity.started();
        activity.started();
        activity.started();
        activity.stopped();

        assertThat(activity.running()).isEqualTo(2);
    }

    @Test
    void awaitIdleGivesUpSayingHowManyTasksAreStillRunning() {
        activity.started();
        activity.started();

        assertThatThrownBy(() -> activity.awaitIdle(Duration.ZERO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("2 task(s) still running after");
    }

    @Test
    void awaitIdleReturnsOnceTheLastTaskStops() throws Exception {
        activity.started();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        Thread waiter = Thread.ofVirtual().start(() -> {
            waiting.countDown();
            activity.awaitIdle(Duration.ofSeconds(10));
            returned.countDown();
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(returned.getCount()).isEqualTo(1);

        activity.stopped();

        assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
        waiter.join();
    }

    @Test
    void anInterruptedAwaitIdleKeepsTheInterruptAndSaysSo() {
        activity.started();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> activity.awaitIdle(Duration.ofSeconds(10)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
