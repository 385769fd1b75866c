package dev.cogbot.runtime.timers;

import static dev.cogbot.runtime.timers.TimerBot.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Timer;
import dev.cogbot.api.Timers;
import dev.cogbot.api.error.CommandCancelled;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable timers on a real runtime and a real H2 file, with the clock moved by the test: they fire
 * when due, after a restart of the bot, and after the plugin is loaded again.
 */
class DurableTimersTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path data;

    private TimerBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private Reminders loadReminders() {
        Reminders reminders = new Reminders();
        bot.load("remind", reminders);
        return reminders;
    }

    @Test
    void aTimerFiresWhenItIsDueAndNotBefore() {
        bot = TimerBot.start(data);
        Reminders reminders = loadReminders();
        reminders.timers().schedule("remind:1", START.plus(MINUTE.multipliedBy(10)), "tea");

        bot.advance(MINUTE.multipliedBy(9));
        assertThat(reminders.fired).isEmpty();
        bot.advance(MINUTE);

        assertThat(reminders.fired).containsExactly(new Timer("remind:1", START.plus(MINUTE.multipliedBy(10)), "tea"));
        assertThat(reminders.timers().pending()).isEmpty();
    }

    @Test
    void aTimerScheduledBeforeARestartFiresAfterItWhenDue() {
        bot = TimerBot.start(data);
        loadReminders().timers().schedule("remind:1", START.plus(MINUTE.multipliedBy(10)), "tea");

        bot = bot.restartAfter(MINUTE);
        Reminders afterRestart = loadReminders();
        assertThat(afterRestart.fired).isEmpty();
        bot.advance(MINUTE.multipliedBy(9));

        assertThat(afterRestart.firedNames()).containsExactly("remind:1");
    }

    @Test
    void aTimerThatCameDueWhileTheBotWasDownFiresAsSoonAsItsPluginLoads() {
        bot = TimerBot.start(data);
        loadReminders().timers().schedule("remind:1", START.plus(MINUTE), "tea");

        bot = bot.restartAfter(Duration.ofHours(1));
        Reminders afterRestart = loadReminders();

        assertThat(afterRestart.fired).containsExactly(new Timer("remind:1", START.plus(MINUTE), "tea"));
        assertThat(afterRestart.timers().pending()).isEmpty();
    }

    @Test
    void anOverdueTimerWaitsUntilTheBotIsReadyToTalk() {
        bot = TimerBot.start(data);
        loadReminders().timers().schedule("remind:1", START.plus(MINUTE), "tea");

        bot = bot.restartNotConnectedAfter(Duration.ofHours(1));
        Reminders afterRestart = loadReminders();
        assertThat(afterRestart.fired).isEmpty();
        bot.connect();

        assertThat(afterRestart.firedNames()).containsExactly("remind:1");
    }

    @Test
    void aTimerWaitingForTheBotToBeReadyStaysForTheNextLoadIfItsPluginIsUnloaded() {
        bot = TimerBot.start(data);
        loadReminders().timers().schedule("remind:1", START.plus(MINUTE), "tea");

        bot = bot.restartNotConnectedAfter(Duration.ofHours(1));
        Reminders unloaded = loadReminders();
        bot.unload("remind");
        bot.connect();
        Reminders loadedAgain = loadReminders();

        assertThat(unloaded.fired).isEmpty();
        assertThat(loadedAgain.firedNames()).containsExactly("remind:1");
    }

    @Test
    void overdueTimersFireInDueOrder() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();
        timers.schedule("remind:c", START.plus(MINUTE.multipliedBy(3)), "");
        timers.schedule("remind:a", START.plus(MINUTE), "");
        timers.schedule("remind:b", START.plus(MINUTE.multipliedBy(2)), "");

        bot = bot.restartAfter(Duration.ofHours(1));

        assertThat(loadReminders().firedNames()).containsExactly("remind:a", "remind:b", "remind:c");
    }

    @Test
    void overdueTimersOfSeveralCogsFireInDueOrderOnceEveryCogIsLoaded() {
        bot = TimerBot.start(data);
        Later later = new Later();
        bot.load("remind", new Reminders(), later);
        later.bot.timers().schedule("later:b", START.plus(MINUTE.multipliedBy(2)), "");
        later.bot.timers().schedule("remind:a", START.plus(MINUTE), "");
        later.bot.timers().schedule("remind:c", START.plus(MINUTE.multipliedBy(3)), "");

        bot = bot.restartAfter(Duration.ofHours(1));
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        Later laterAgain = new Later(order);
        bot.load("remind", new Reminders(timer -> order.add(timer.name())), laterAgain);

        assertThat(order).containsExactly("remind:a", "later:b", "remind:c");
    }

    @Test
    void schedulingANamePendingAlreadyReplacesIt() {
        bot = TimerBot.start(data);
        Reminders reminders = loadReminders();
        reminders.timers().schedule("remind:1", START.plus(MINUTE), "first");
        reminders.timers().schedule("remind:1", START.plus(MINUTE.multipliedBy(5)), "second");

        bot.advance(MINUTE.multipliedBy(10));

        assertThat(reminders.fired).containsExactly(new Timer("remind:1", START.plus(MINUTE.multipliedBy(5)), "second"));
    }

    @Test
    void aCancelledTimerNeverFiresNotEvenAfterARestart() {
        bot = TimerBot.start(data);
        Reminders reminders = loadReminders();
        reminders.timers().schedule("remind:1", START.plus(MINUTE), "tea");

        assertThat(reminders.timers().cancel("remind:1")).isTrue();
        assertThat(reminders.timers().cancel("remind:1")).isFalse();
        bot.advance(MINUTE.multipliedBy(2));
        bot = bot.restartAfter(Duration.ofHours(1));

        assertThat(reminders.fired).isEmpty();
        assertThat(loadReminders().fired).isEmpty();
    }

    @Test
    void pendingListsThePluginsTimersInDueOrderWithTheirPayloads() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();
        timers.schedule("remind:late", START.plus(MINUTE.multipliedBy(2)), "b");
        timers.schedule("other:early", START.plus(MINUTE), "a");

        assertThat(timers.pending()).containsExactly(
                new Timer("other:early", START.plus(MINUTE), "a"),
                new Timer("remind:late", START.plus(MINUTE.multipliedBy(2)), "b"));
        assertThat(timers.pending("remind")).extracting(Timer::name).containsExactly("remind:late");
        assertThat(timers.get("other:early")).map(Timer::payload).contains("a");
    }

    @Test
    void aPluginSeesNeitherTheTimersNorTheHandlersOfAnother() {
        bot = TimerBot.start(data);
        Reminders mine = new Reminders();
        Reminders theirs = new Reminders();
        bot.load("mine", mine);
        bot.load("theirs", theirs);
        mine.timers().schedule("remind:1", START.plus(MINUTE), "mine");

        bot.advance(MINUTE);

        assertThat(theirs.timers().pending()).isEmpty();
        assertThat(theirs.fired).isEmpty();
        assertThat(mine.firedNames()).containsExactly("remind:1");
    }

    @Test
    void aPayloadLongerThanTheLimitIsRefusedInOneLineAndNothingIsStored() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();

        assertThatThrownBy(() -> timers.schedule("remind:1", START.plus(MINUTE), "x".repeat(Timers.MAX_PAYLOAD_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a timer's payload is at most 4000 characters; the one for 'remind:1' has 4001:"
                        + " store the data elsewhere (bot.store()) and put its key in the payload");
        assertThat(timers.pending()).isEmpty();
    }

    @Test
    void aPayloadOfExactlyTheLimitIsKeptWhole() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();
        String payload = "é".repeat(Timers.MAX_PAYLOAD_LENGTH);

        timers.schedule("remind:1", START.plus(MINUTE), payload);

        assertThat(timers.get("remind:1")).map(Timer::payload).contains(payload);
    }

    @Test
    void aBlankOrTooLongNameIsRefused() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();

        assertThatThrownBy(() -> timers.schedule(" ", START, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timer names must have 1 to 200");
        assertThatThrownBy(() -> timers.schedule("r".repeat(201), START, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 201 character(s)");
    }

    @Test
    void aSecondHandlerForTheSameKindIsRefused() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();

        assertThatThrownBy(() -> timers.onFire("remind", timer -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("plugin remind already has a handler for timers of kind 'remind': register one handler per kind, in onLoad");
    }

    @Test
    void aDueTimerWhoseKindHasNoHandlerWaitsUntilOneIsRegistered() {
        bot = TimerBot.start(data);
        Reminders reminders = loadReminders();
        reminders.timers().schedule("nudge:1", START.plus(MINUTE), "");
        bot.advance(MINUTE.multipliedBy(2));
        assertThat(reminders.timers().pending()).extracting(Timer::name).containsExactly("nudge:1");

        List<String> nudged = new java.util.concurrent.CopyOnWriteArrayList<>();
        reminders.timers().onFire("nudge", timer -> nudged.add(timer.name()));
        bot.advance(Duration.ZERO);

        assertThat(nudged).containsExactly("nudge:1");
        assertThat(reminders.timers().pending()).isEmpty();
    }

    @Test
    void aHandlerThatThrowsDropsItsTimer() {
        bot = TimerBot.start(data);
        AtomicInteger runs = new AtomicInteger();
        Reminders failing = new Reminders(timer -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the chat is down");
        });
        bot.load("remind", failing);
        failing.timers().schedule("remind:1", START.plus(MINUTE), "");

        bot.advance(MINUTE);
        bot = bot.restartAfter(Duration.ofHours(1));
        Reminders afterRestart = loadReminders();

        assertThat(runs).hasValue(1);
        assertThat(afterRestart.fired).isEmpty();
    }

    @Test
    void aHandlerThatSchedulesItsOwnTimerAgainKeepsIt() {
        bot = TimerBot.start(data);
        Timers[] timers = new Timers[1];
        Reminders recurring = new Reminders(timer -> timers[0].schedule(timer.name(), timer.due().plus(MINUTE), ""));
        bot.load("remind", recurring);
        timers[0] = recurring.timers();
        timers[0].schedule("remind:every-minute", START.plus(MINUTE), "");

        bot.advance(MINUTE.multipliedBy(3));

        assertThat(recurring.fired).extracting(Timer::due)
                .containsExactly(START.plus(MINUTE), START.plus(MINUTE.multipliedBy(2)), START.plus(MINUTE.multipliedBy(3)));
        assertThat(timers[0].pending()).extracting(Timer::due).containsExactly(START.plus(MINUTE.multipliedBy(4)));
    }

    @Test
    void afterUnloadNoHandlerRunsAndTheTimersFireWhenThePluginIsLoadedAgain() {
        bot = TimerBot.start(data);
        Reminders unloaded = loadReminders();
        unloaded.timers().schedule("remind:1", START.plus(MINUTE), "tea");
        unloaded.timers().schedule("remind:2", START.plus(MINUTE.multipliedBy(10)), "cake");

        bot.unload("remind");
        bot.advance(MINUTE.multipliedBy(5));
        assertThat(unloaded.fired).isEmpty();
        assertThat(bot.time().pendingTimers()).isZero();

        Reminders reloaded = loadReminders();
        assertThat(reloaded.firedNames()).containsExactly("remind:1");
        bot.advance(MINUTE.multipliedBy(5));
        assertThat(reloaded.firedNames()).containsExactly("remind:1", "remind:2");
        assertThat(unloaded.fired).isEmpty();
    }

    @Test
    void anUnloadedPluginsHandleSchedulesNoMore() {
        bot = TimerBot.start(data);
        Timers timers = loadReminders().timers();
        bot.unload("remind");

        assertThatThrownBy(() -> timers.schedule("remind:1", START.plus(MINUTE), ""))
                .isInstanceOf(CommandCancelled.class).hasMessage("plugin remind is stopping");
    }

    @Test
    void aHandlerCutShortByTheUnloadFiresAgainAtTheNextLoad() throws InterruptedException {
        bot = TimerBot.start(data);
        CountDownLatch started = new CountDownLatch(1);
        Reminders stuck = new Reminders(timer -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new CommandCancelled("interrupted by the unload");
            }
        });
        bot.load("remind", stuck);
        stuck.timers().schedule("remind:1", START, "tea");
        started.await();

        bot.unload("remind");

        assertThat(loadReminders().firedNames()).containsExactly("remind:1");
    }

    @Test
    void forgettingAnUnloadedPluginsTimersDropsThemForGood() {
        bot = TimerBot.start(data);
        loadReminders().timers().schedule("remind:1", START.plus(MINUTE), "tea");
        bot.unload("remind");

        assertThat(bot.runtime().forgetTimers("remind")).isEqualTo(1);
        bot = bot.restartAfter(Duration.ofHours(1));

        Reminders afterRestart = loadReminders();
        assertThat(afterRestart.fired).isEmpty();
        assertThat(afterRestart.timers().pending()).isEmpty();
    }

    @Test
    void theTimersOfALoadedPluginCannotBeForgotten() {
        bot = TimerBot.start(data);
        loadReminders().timers().schedule("remind:1", START.plus(MINUTE), "tea");

        assertThatThrownBy(() -> bot.runtime().forgetTimers("remind"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("plugin remind is loaded: unload it before forgetting its timers");
    }

    @Test
    void aTimerDueAtTheSameMillisecondBeforeAndAfterARestartIsTheSameTimer() {
        bot = TimerBot.start(data);
        Instant due = START.plusNanos(1_500_000_123L);
        Timer scheduled = loadReminders().timers().schedule("remind:1", due, "tea");

        bot = bot.restartAfter(Duration.ofHours(1));

        assertThat(loadReminders().fired).containsExactly(scheduled);
        assertThat(scheduled.due()).isEqualTo(START.plusMillis(1_500));
    }

    /** A second cog of the same plugin, with its own kind of timers. */
    private static final class Later implements Cog {
        private final List<String> order;
        volatile Bot bot;

        Later() {
            this(new java.util.concurrent.CopyOnWriteArrayList<>());
        }

        Later(List<String> order) {
            this.order = order;
        }

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
            bot.timers().onFire("later", timer -> order.add(timer.name()));
        }
    }
}
