package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One deadline for every step of stopping a plugin's threads. */
class StoppingTest {

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheStubborn() {
        release.countDown();
    }

    @Test
    void whatIsLeftAreTheThreadsThatIgnoredTheInterrupt() {
        Thread obedient = Thread.ofPlatform().daemon().start(this::waitForTheInterrupt);
        Thread stubborn = Thread.ofPlatform().daemon().start(this::ignoreTheInterrupt);

        List<Thread> left = Stopping.within(Duration.ofMillis(300)).interruptAndAwait(List.of(obedient, stubborn));

        assertThat(left).containsExactly(stubborn);
        assertThat(obedient.isAlive()).isFalse();
    }

    @Test
    void aStepAfterTheDeadlineDoesNotGetAGraceOfItsOwn() {
        Stopping passed = Stopping.within(Duration.ZERO);
        Thread stubborn = Thread.ofPlatform().daemon().start(this::ignoreTheInterrupt);

        // an hour-long wait would hang the test: the deadline is shared, not renewed per step
        assertThat(passed.await(stubborn)).isFalse();
        assertThat(passed.interruptAndAwait(List.of(stubborn))).containsExactly(stubborn);
    }

    @Test
    void anInterruptOfTheCallerEndsTheWaitAndIsKept() {
        Thread stubborn = Thread.ofPlatform().daemon().start(this::ignoreTheInterrupt);
        Thread.currentThread().interrupt();
        try {
            assertThat(Stopping.within(Duration.ofHours(1)).await(stubborn)).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private void waitForTheInterrupt() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException stopped) {
            // ends, as a well-behaved task does
        }
    }

    private void ignoreTheInterrupt() {
        while (true) {
            try {
                release.await();
                return;
            } catch (InterruptedException ignored) {
                // a stubborn task waits on
            }
        }
    }
}
