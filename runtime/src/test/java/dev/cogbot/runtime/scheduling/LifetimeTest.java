package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Cancellable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifetimeTest {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private final ManualTime time = new ManualTime();
    private final Scheduler scheduler = new Scheduler(time);
    private final Lifetime lifetime = new Lifetime("jokes", scheduler);

    @AfterEach
    void close() {
        scheduler.close();
    }

    private static final class Registration implements Cancellable {
        private volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void spawnedThreadsAreVirtualNamedAfterTheOwnerAndKnowTheirLifetime() throws Exception {
        AtomicReference<Optional<Lifetime>> seen = new AtomicReference<>();

        Thread thread = lifetime.spawn("worker", () -> seen.set(Lifetime.current()));
        thread.join();

        assertThat(thread.isVirtual()).isTrue();
        assertThat(thread.getName()).isEqualTo("jokes/worker");
        assertThat(seen.get()).containsSame(lifetime);
        assertThat(Lifetime.current()).isEmpty();
    }

    @Test
    void closeInterruptsTheThreadsAndWaitsForThemToEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread thread = lifetime.spawn("blocked", () -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lifetime.liveThreads()).isEqualTo(1);

        List<Thread> stray = lifetime.close(GRACE);

        assertThat(stray).isEmpty();
        assertThat(interrupted).isTrue();
        assertThat(thread.isAlive()).isFalse();
        assertThat(lifetime.liveThreads()).isZero();
        assertThat(lifetime.isClosed()).isTrue();
    }

    @Test
    void closeInterruptsASleepingTaskWhichEndsWithItsTimerCancelled() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        lifetime.spawn("sleeper", () -> {
            try {
                scheduler.sleep(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        scheduler.runningTasks().awaitIdle(GRACE);

        assertThat(lifetime.close(GRACE)).isEmpty();

        assertThat(interrupted).isTrue();
        assertThat(time.pendingTimers()).isZero();
        scheduler.runningTasks().awaitIdle(GRACE);
    }

    @Test
    void closeCancelsEveryRegistration() {
        Registration one = lifetime.own(new Registration());
        Registration two = lifetime.own(new Registration());

        lifetime.close(GRACE);

        assertThat(one.isCancelled()).isTrue();
        assertThat(two.isCancelled()).isTrue();
    }

    @Test
    void aReleasedRegistrationIsNotCancelledOnClose() {
        Registration released = lifetime.own(new Registration());
        lifetime.release(released);

        lifetime.close(GRACE);

        assertThat(released.isCancelled()).isFalse();
    }

    @Test
    void closeReturnsThreadsThatIgnoreTheInterrupt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread stubborn = lifetime.spawn("stubborn", () -> {
            started.countDown();
            while (true) {
                try {
                    release.await();
                    return;
                } catch (InterruptedException ignored) {
                    // deliberately ignores the stop
                }
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        try {
            List<Thread> stray = lifetime.close(Duration.ofMillis(50));

            assertThat(stray).containsExactly(stubborn);
            assertThat(stray.getFirst().getName()).isEqualTo("jokes/stubborn");
        } finally {
            release.countDown();
            stubborn.join();
        }
        assertThat(lifetime.liveThreads()).isZero();
    }

    @Test
    void aScheduledActionRunsOnAThreadOfTheLifetimeAfterTheDelay() {
        AtomicReference<Optional<Lifetime>> ranIn = new AtomicReference<>();
        Cancellable handle = lifetime.schedule("timer", Duration.ofSeconds(10), () -> ranIn.set(Lifetime.current()));

        time.advance(Duration.ofSeconds(9));
        assertThat(ranIn.get()).isNull();

        time.advance(Duration.ofSeconds(1));
        assertThat(ranIn.get()).containsSame(lifetime);
        assertThat(handle.isCancelled()).isFalse();
    }

    @Test
    void aCancelledScheduledActionNeverRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        Cancellable handle = lifetime.schedule("timer", Duration.ofSeconds(10), () -> ran.set(true));

        handle.cancel();
        time.advance(Duration.ofMinutes(1));

        assertThat(ran).isFalse();
        assertThat(handle.isCancelled()).isTrue();
    }

    @Test
    void closeCancelsPendingScheduledActions() {
        AtomicBoolean ran = new AtomicBoolean();
        Cancellable handle = lifetime.schedule("timer", Duration.ofSeconds(10), () -> ran.set(true));

        lifetime.close(GRACE);
        time.advance(Duration.ofMinutes(1));

        assertThat(ran).isFalse();
        assertThat(handle.isCancelled()).isTrue();
        assertThat(time.pendingTimers()).isZero();
    }

    @Test
    void refusesSpawnScheduleAndOwnAfterClose() {
        lifetime.close(GRACE);

        assertThatThrownBy(() -> lifetime.spawn("late", () -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("jokes is stopped");
        assertThatThrownBy(() -> lifetime.schedule("late", Duration.ofSeconds(1), () -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("jokes is stopped");
        assertThatThrownBy(() -> lifetime.own(new Registration()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("jokes is stopped");
    }

    @Test
    void knowsItsOwnerAndScheduler() {
        assertThat(lifetime.owner()).isEqualTo("jokes");
        assertThat(lifetime.scheduler()).isSameAs(scheduler);
        assertThat(lifetime.isClosed()).isFalse();
    }

    @Test
    void aTaskWhoseLifetimeClosedBeforeItsThreadBeganDoesNotRunButIsToldSo() {
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean toldItNeverRan = new AtomicBoolean();
        Runnable body = lifetime.owned(new Lifetime.Undoable() {
            @Override
            public void run() {
                ran.set(true);
            }

            @Override
            public void neverRan() {
                toldItNeverRan.set(true);
            }
        });

        lifetime.close(GRACE);
        body.run(); // the thread begins only now

        assertThat(ran).isFalse();
        assertThat(toldItNeverRan).isTrue();
    }
}
