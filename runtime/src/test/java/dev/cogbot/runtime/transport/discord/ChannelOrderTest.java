package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A channel's events stay in Discord's order while one of them waits for a lookup, and the waiting is bounded. */
class ChannelOrderTest {

    private final ChannelOrder order = new ChannelOrder();
    private final List<String> reported = new CopyOnWriteArrayList<>();

    @Test
    void aChannelWithNothingWaitingReportsAtOnceOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> threads = new CopyOnWriteArrayList<>();

        order.report("general", () -> threads.add(Thread.currentThread()));

        assertThat(threads).containsExactly(caller);
    }

    @Test
    void theEventsAfterALookupWaitBehindItAndOtherChannelsGoOn() throws InterruptedException {
        CountDownLatch discordAnswers = new CountDownLatch(1);
        CountDownLatch allReported = new CountDownLatch(3);
        order.report("general", () -> note("add", allReported));
        order.afterLookUp("general", () -> {
            await(discordAnswers);
            note("remove", allReported);
        });
        order.report("general", () -> note("add again", allReported));
        order.report("random", () -> reported.add("elsewhere"));

        assertThat(reported).containsExactly("add", "elsewhere");
        discordAnswers.countDown();
        assertThat(allReported.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(reported).containsExactly("add", "elsewhere", "remove", "add again");
    }

    @Test
    void onceTheLookupsAreDoneTheChannelReportsAtOnceAgain() throws InterruptedException {
        CountDownLatch looked = new CountDownLatch(1);
        order.afterLookUp("general", looked::countDown);
        assertThat(looked.await(30, TimeUnit.SECONDS)).isTrue();
        // the lane goes once its last event has run: the count comes back to zero
        while (order.waiting() > 0) {
            Thread.onSpinWait();
        }
        Thread caller = Thread.currentThread();
        List<Thread> threads = new CopyOnWriteArrayList<>();

        order.report("general", () -> threads.add(Thread.currentThread()));

        assertThat(threads).containsExactly(caller);
    }

    @Test
    void beyondTheBoundAnEventThatWouldWaitIsDropped() throws InterruptedException {
        CountDownLatch discordAnswers = new CountDownLatch(1);
        order.afterLookUp("general", () -> await(discordAnswers));
        for (int i = 1; i < ChannelOrder.WAITING; i++) {
            order.report("general", () -> { });
        }
        assertThat(order.waiting()).isEqualTo(ChannelOrder.WAITING);

        order.report("general", () -> reported.add("one too many"));
        order.afterLookUp("random", () -> reported.add("one too many elsewhere"));

        assertThat(order.waiting()).isEqualTo(ChannelOrder.WAITING);
        discordAnswers.countDown();
        assertThat(reported).isEmpty();
    }

    private void note(String event, CountDownLatch done) {
        reported.add(event);
        done.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
