package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.runtime.commands.CommandLimits;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owners' commands to the runtime take none of their running slots, which their own runaway commands may fill. */
class OwnersCommandsTest {

    /** A command that runs until let go, without ever waiting in the bot's scheduler; and a check noting each help. */
    static final class Runaway implements Cog {
        final CountDownLatch letGo = new CountDownLatch(1);
        final Semaphore running = new Semaphore(0);
        final Semaphore helpStarted = new Semaphore(0);

        @Override
        public void onLoad(Bot bot) {
            bot.addCheck(ctx -> {
                if (ctx.invokedWith().equals("help")) {
                    helpStarted.release();
                }
                return true;
            });
        }

        @Command
        public void run(Context ctx) throws InterruptedException {
            running.release();
            letGo.await();
        }
    }

    private final Runaway runaway = new Runaway();
    private final TestBot bot = TestBot.builder()
            .plugin("runaway", runaway)
            .owner("owner")
            .limits(new CommandLimits(20, 10, 1, 8, Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofSeconds(30)))
            .build();

    @AfterEach
    void close() {
        runaway.letGo.countDown();
        bot.close();
    }

    @Test
    void anOwnersCommandToTheRuntimeStartsWhileTheirOwnCommandsFillEverySlot() throws InterruptedException {
        bot.transport().deliver(bot.user("owner").asUser(), TestBot.GENERAL, "!run");
        assertThat(runaway.running.tryAcquire(10, TimeUnit.SECONDS)).as("the runaway command runs").isTrue();

        bot.transport().deliver(bot.user("owner").asUser(), TestBot.GENERAL, "!help");

        assertThat(runaway.helpStarted.tryAcquire(10, TimeUnit.SECONDS)).as("the owner's help started").isTrue();
    }

    @Test
    void aMembersCommandToTheRuntimeStillWaitsForTheirSlot() throws InterruptedException {
        bot.transport().deliver(bot.user("mallory").asUser(), TestBot.GENERAL, "!run");
        assertThat(runaway.running.tryAcquire(10, TimeUnit.SECONDS)).as("the runaway command runs").isTrue();

        bot.transport().deliver(bot.user("mallory").asUser(), TestBot.GENERAL, "!help");

        // read on the runtime's thread, not the transport's; the bot never goes idle here, so it is polled for
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (bot.runtime().dispatcher().admissionCounts().queued() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        assertThat(bot.runtime().dispatcher().admissionCounts().queued()).isEqualTo(1);
        assertThat(runaway.helpStarted.tryAcquire()).as("the member's help is not started").isFalse();
    }
}
