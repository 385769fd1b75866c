package dev.cogbot.plugins.remind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.BotEvent;
import dev.cogbot.testkit.InMemoryStore;
import dev.cogbot.testkit.InMemoryTimerStore;
import dev.cogbot.testkit.TestBot;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reminder outlives the bot: the second bot shares the first one's timers, its clock later on. */
class RemindAcrossRestartTest {

    private final InMemoryTimerStore timers = new InMemoryTimerStore();
    private final InMemoryStore store = new InMemoryStore();

    private TestBot startAt(Instant clock) {
        return TestBot.builder().plugin("remind", new RemindCog()).timers(timers).store(store).startingAt(clock).build();
    }

    @Test
    void aReminderSetBeforeARestartIsSaidAfterItWhenDue() {
        Instant start;
        try (TestBot before = startAt(Instant.parse("2026-01-01T00:00:00Z"))) {
            start = before.now();
            before.user("alice").in("kitchen").says("!remind me 10m tea");
        }

        try (TestBot after = startAt(start.plus(Duration.ofMinutes(1)))) {
            assertThat(after.startupLines()).isEmpty();
            assertThat(after.advance(Duration.ofMinutes(9)))
                    .containsExactly("cogbot: <@alice>, you asked me to remind you: tea");
            assertThat(after.events().getLast()).isInstanceOfSatisfying(BotEvent.Sent.class,
                    sent -> assertThat(sent.channel().name()).isEqualTo("kitchen"));
        }
    }

    @Test
    void aReminderSetAfterARestartKeepsTheOneSetBefore() {
        Instant start;
        try (TestBot before = startAt(Instant.parse("2026-01-01T00:00:00Z"))) {
            start = before.now();
            before.user("alice").says("!remind me 10m tea");
        }

        try (TestBot after = startAt(start.plus(Duration.ofMinutes(1)))) {
            after.user("alice").says("!remind me 20m cake");   // the same message id as tea's, in a new process

            assertThat(after.user("alice").says("!reminders")).containsExactly("""
                    cogbot: Your reminders:
                    1. in 9m: tea
                    2. in 20m: cake""");
        }
    }

    @Test
    void aReminderDueWhileTheBotWasDownIsSaidAsItStarts() {
        Instant start;
        try (TestBot before = startAt(Instant.parse("2026-01-01T00:00:00Z"))) {
            start = before.now();
            before.user("alice").says("!remind me 10m tea");
            before.user("alice").says("!remind me 5m cake");
        }

        try (TestBot after = startAt(start.plus(Duration.ofHours(1)))) {
            assertThat(after.startupLines()).containsExactly(
                    "cogbot: <@alice>, you asked me to remind you: cake",
                    "cogbot: <@alice>, you asked me to remind you: tea");
            assertThat(after.user("alice").says("!reminders"))
                    .containsExactly("cogbot: You have no reminders. !remind me 10m tea sets one.");
        }
    }
}
