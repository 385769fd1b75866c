package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A standing lane runs its tasks in order on one platform thread, each counted as running until it
 * has run; a short task may run on its caller's thread when the lane is idle, still in order.
 */
class StandingLaneTest {

    private final RunningTasks running = new RunningTasks();
    private final StandingLane lane = new StandingLane("test-lane", 2, running);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        lane.close();
    }

    @Test
    void aTaskCountsAsRunningFromItsHandOverUntilItHasRun() {
        CountDownLatch letGo = new CountDownLatch(1);
        lane.offer(() -> {
            Uninterruptibly.await(letGo);
            ran.add("first");
        });
        lane.offer(() -> ran.add("second"));

        assertThat(running.running()).isEqualTo(2);
        letGo.countDown();
        running.awaitIdle(Duration.ofSeconds(30));
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void theTasksRunOnOnePlatformThread() {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        lane.offer(() -> threads.add(Thread.currentThread()));
        lane.offer(() -> threads.add(Thread.currentThread()));
        running.awaitIdle(Duration.ofSeconds(30));

        assertThat(threads).hasSize(2).allMatch(t -> !t.isVirtual()).containsOnly(threads.getFirst());
    }

    @Test
    void beyondItsCapacityWaitingOrClosedALaneRefusesAndCountsNothing() {
        CountDownLatch letGo = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        lane.offer(() -> {
            started.countDown();
            Uninterruptibly.await(letGo);
        });
        Uninterruptibly.await(started);
        lane.offer(() -> { });
        lane.offer(() -> { });

        assertThat(lane.offer(() -> ran.add("one too many"))).isFalse();
        assertThat(running.running()).isEqualTo(3);
        letGo.countDown();
        running.awaitIdle(Duration.ofSeconds(30));
        lane.close();
        assertThat(lane.offer(() -> ran.add("after close"))).isFalse();
        assertThat(running.running()).isZero();
        assertThat(ran).isEmpty();
    }

    @Test
    void aShortTaskRunsOnItsCallersThreadWhenTheLaneIsIdle() {
        List<Thread> threads = new CopyOnWriteArrayList<>();

        assertThat(lane.runHereIfIdle(() -> threads.add(Thread.currentThread()))).isTrue();

        assertThat(threads).containsExactly(Thread.currentThread());
        assertThat(running.running()).isZero();
    }

    @Test
    void aShortTaskGoesBehindATaskUnfinishedAndRunsOnTheLanesThread() {
        CountDownLatch letGo = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        lane.offer(() -> {
            started.countDown();
            Uninterruptibly.await(letGo);
            ran.add("first");
        });
        Uninterruptibly.await(started);

        assertThat(lane.runHereIfIdle(() -> {
            threads.add(Thread.currentThread());
            ran.add("second");
        })).isTrue();

        assertThat(ran).isEmpty();
        letGo.countDown();
        running.awaitIdle(Duration.ofSeconds(30));
        assertThat(ran).containsExactly("first", "second");
        assertThat(threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void aTaskOfferedWhileOneRunsOnItsCallersThreadRunsAfterIt() {
        lane.runHereIfIdle(() -> {
            lane.offer(() -> ran.add("offered meanwhile"));
            lane.runHereIfIdle(() -> ran.add("short, offered meanwhile"));
            ran.add("running here");
        });
        running.awaitIdle(Duration.ofSeconds(30));

        assertThat(ran).containsExactly("running here", "offered meanwhile", "short, offered meanwhile");
    }

    @Test
    void aShortTaskThatFailsIsLoggedAndTheLaneGoesOn() {
        assertThat(lane.runHereIfIdle(() -> {
            throw new IllegalStateException("a report that failed");
        })).isTrue();

        lane.runHereIfIdle(() -> ran.add("next"));
        assertThat(ran).containsExactly("next");
        assertThat(running.running()).isZero();
    }

    @Test
    void aClosedLaneRunsNoShortTaskEither() {
        lane.close();

        assertThat(lane.runHereIfIdle(() -> ran.add("after close"))).isFalse();
        assertThat(ran).isEmpty();
    }
}
