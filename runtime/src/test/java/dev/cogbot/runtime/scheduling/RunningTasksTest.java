package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private final RunningTasks running = new RunningTasks();

    @Test
    void aNewActivityIsIdle() {
        assertThat(running.running()).isZero();
        running.awaitIdle(Duration.ZERO);
    }

    @Test
    void countsStartedAndStoppedTasks() {
        running.started();
        running.started();
        running.started();
        running.stopped();

        assertThat(running.running()).isEqualTo(2);
    }

    @Test
    void awaitIdleGivesUpSayingHowManyTasksAreStillRunning() {
        running.started();
        running.started();

        assertThatThrownBy(() -> running.awaitIdle(Duration.ZERO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("2 task(s) still running after");
    }

    @Test
    void awaitIdleReturnsOnceTheLastTaskStops() throws Exception {
        running.started();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        Thread waiter = Thread.ofVirtual().start(() -> {
            waiting.countDown();
            running.awaitIdle(Duration.ofSeconds(10));
            returned.countDown();
        });
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(returned.getCount()).isEqualTo(1);

        running.stopped();

        assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
        waiter.join();
    }

    @Test
    void anInterruptedAwaitIdleKeepsTheInterruptAndSaysSo() {
        running.started();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> running.awaitIdle(Duration.ofSeconds(10)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
