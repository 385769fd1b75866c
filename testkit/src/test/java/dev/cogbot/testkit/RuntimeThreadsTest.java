package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.runtime.commands.CommandLimits;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where the runtime's own work runs: the owners' commands on a few platform threads (so that
 * plugins spinning on every virtual-thread carrier cannot starve them), everything anyone can cause
 * (help, a reply to a typo, a slow-down notice) on virtual threads, never one system thread each.
 */
class RuntimeThreadsTest {

    /** A bot-wide check that notes the kind of thread each invocation runs on, and can hold them all. */
    static final class ThreadWatch implements Cog {
        final Map<String, Boolean> virtualByAuthor = new ConcurrentHashMap<>();
        final AtomicInteger inside = new AtomicInteger();
        final Semaphore entered = new Semaphore(0);
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public void onLoad(Bot bot) {
            bot.addCheck(ctx -> {
                virtualByAuthor.put(ctx.author().name() + " " + ctx.invokedWith(), Thread.currentThread().isVirtual());
                inside.incrementAndGet();
                entered.release();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            });
        }
    }

    private final ThreadWatch watch = new ThreadWatch();
    private final TestBot bot = TestBot.builder()
            .plugin("watch", watch)
            .owner("owner")
            .limits(new CommandLimits(100, 10, 100, 100, Duration.ofMinutes(1), Duration.ofSeconds(10),
                    Duration.ofSeconds(30)))
            .build();
    private final TestUser owner = bot.user("owner");
    private final TestUser mallory = bot.user("mallory");

    @AfterEach
    void close() {
        watch.gate.countDown();
        bot.close();
    }

    @Test
    void aReplyToAnUnknownCommandRunsOnAVirtualThread() {
        mallory.says("!xyz");

        assertThat(watch.virtualByAuthor).containsEntry("mallory xyz", true);
    }

    @Test
    void aMembersHelpRunsOnAVirtualThread() {
        mallory.says("!help");

        assertThat(watch.virtualByAuthor).containsEntry("mallory help", true);
    }

    @Test
    void anOwnersCommandRunsOnAPlatformThread() {
        owner.says("!help");

        assertThat(watch.virtualByAuthor).containsEntry("owner help", false);
    }

    @Test
    void atMostAFewOwnersCommandsHoldAPlatformThreadAtOnce() {
        watch.gate = new CountDownLatch(1);
        for (int i = 0; i < 10; i++) {
            bot.transport().deliver(owner.asUser(), TestBot.GENERAL, "!help");
        }
        awaitEntered(4);

        assertThat(platformThreadsNamed("cogbot/command help")).isEqualTo(4);
    }

    @Test
    void ownersCommandsWaitingForAPlatformThreadAllRunInTheEnd() {
        watch.gate = new CountDownLatch(1);
        for (int i = 0; i < 10; i++) {
            bot.transport().deliver(owner.asUser(), TestBot.GENERAL, "!help");
        }
        awaitEntered(4);

        watch.gate.countDown();
        bot.advance(Duration.ZERO);

        assertThat(watch.inside).hasValue(10);
    }

    private void awaitEntered(int count) {
        try {
            assertThat(watch.entered.tryAcquire(count, 10, TimeUnit.SECONDS)).as("%d commands in the check", count).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Live platform threads by that name: virtual threads are not listed, so these are the system threads. */
    private static long platformThreadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals(name))
                .count();
    }
}
