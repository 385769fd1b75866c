package dev.cogbot.runtime.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A serial lane runs its tasks one at a time in the order given, on a thread only while there are some, and is bounded. */
class SerialLaneTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final SerialLane lane = new SerialLane(3, drain -> Thread.ofVirtual().start(drain));

    @Test
    void tasksRunInTheOrderGivenEvenWhenTheFirstIsSlow() throws InterruptedException {
        CountDownLatch letGo = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        lane.offer(() -> {
            await(letGo);
            ran.add("first");
        });
        lane.offer(() -> ran.add("second"));
        lane.offer(() -> {
            ran.add("third");
            done.countDown();
        });

        assertThat(ran).isEmpty();
        letGo.countDown();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first", "second", "third");
    }

    @Test
    void beyondItsCapacityUnfinishedALaneRefusesMore() {
        CountDownLatch letGo = new CountDownLatch(1);
        assertThat(lane.offer(() -> await(letGo))).isTrue();
        assertThat(lane.offer(() -> { })).isTrue();
        assertThat(lane.offer(() -> { })).isTrue();

        assertThat(lane.offer(() -> ran.add("one too many"))).isFalse();
        letGo.countDown();
    }

    @Test
    void aTaskThatThrowsDoesNotStopTheOnesAfterIt() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        lane.offer(() -> {
            throw new IllegalStateException("broken");
        });
        lane.offer(done::countDown);

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aClosedLaneOrOneWhoseOwnerStoppedTakesNothing() {
        lane.close();
        SerialLane orphan = new SerialLane(3, drain -> {
            throw new IllegalStateException("the plugin is stopped");
        });

        assertThat(lane.offer(() -> ran.add("after close"))).isFalse();
        assertThat(orphan.offer(() -> ran.add("owner gone"))).isFalse();
        assertThat(orphan.isClosed()).isTrue();
        assertThat(ran).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
